import type { DefaultServerCellComponentProps } from 'payload'

import { adminText } from '@/i18n/adminText'
import { inAdminLanguage } from '@/i18n/label'
import { sourceCheckStatuses, type SourceCheckStatus } from '@/lib/sourceCheck/statuses'

const statusLabels = {
  ok: adminText.sourceCheckOk,
  redirected: adminText.sourceCheckRedirected,
  failed: adminText.sourceCheckFailed,
  unreachable: adminText.sourceCheckUnreachable,
}

const isStatus = (value: unknown): value is SourceCheckStatus =>
  sourceCheckStatuses.includes(value as SourceCheckStatus)

/** The last check of a reaction's source in the list: its outcome, the HTTP status of a failure, the problem on hover. */
export function SourceCheckCell({ cellData, rowData, i18n }: DefaultServerCellComponentProps) {
  if (!isStatus(cellData))
    return (
      <span className="amicus-source amicus-source--unchecked">
        {inAdminLanguage(adminText.sourceCheckNever, i18n)}
      </span>
    )
  const httpStatus: unknown = rowData?.sourceCheckHttpStatus
  const problem: unknown = rowData?.sourceCheckProblem
  return (
    <span
      className={`amicus-source amicus-source--${cellData}`}
      title={typeof problem === 'string' ? problem : undefined}
    >
      {inAdminLanguage(statusLabels[cellData], i18n)}
      {cellData === 'failed' && typeof httpStatus === 'number' ? ` (${httpStatus})` : ''}
    </span>
  )
}

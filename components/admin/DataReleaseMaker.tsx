import type { BeforeListServerProps } from 'payload'

import { adminText } from '@/i18n/adminText'
import { inAdminLanguage } from '@/i18n/label'
import { hasRole } from '@/lib/roles'

import { DataReleaseButton } from './DataReleaseButton.client'

/** Above the data releases list, for editors: makes today's release on demand. */
export function DataReleaseMaker({ i18n, user }: BeforeListServerProps) {
  if (!hasRole(user, 'admin', 'editor')) return null
  return (
    <div className="amicus-import">
      <DataReleaseButton
        labels={{
          submit: inAdminLanguage(adminText.makeDataRelease, i18n),
          help: inAdminLanguage(adminText.makeDataReleaseHelp, i18n),
        }}
      />
    </div>
  )
}

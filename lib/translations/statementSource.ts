import type { PayloadRequest } from 'payload'

import type { Statement } from '@/payload-types'

import { sourceRevision, type SourceText, sourceTextOf } from './source'
import { sourceLocale } from '@/i18n/locales'

export type StatementSource = { statement: Statement; source: SourceText; revision: string }

/**
 * The source text translators work from: what readers can read when the statement is published
 * (the published document), otherwise its latest draft. Null when there is no such statement.
 */
export async function loadStatementSource(
  req: PayloadRequest,
  id: number,
): Promise<StatementSource | null> {
  const statement = await req.payload.findByID({
    collection: 'statements',
    id,
    locale: sourceLocale,
    fallbackLocale: false,
    draft: false,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  if (!statement) return null
  const source = sourceTextOf(statement)
  return { statement, source, revision: sourceRevision(source) }
}

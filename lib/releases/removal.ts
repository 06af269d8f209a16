import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { isTargetLocale, type TargetLocale } from '@/i18n/locales'
import { postgres, transactionOf } from '@/lib/db/postgres'
import { acceptTranslation } from '@/lib/translations/accept'
import type { Release } from '@/payload-types'

import { idOf, refuseWhileHeld } from './hold'
import { acceptedTranslations } from './statementState'

type Items = Pick<Release, 'status' | 'statements'>

/** Each statement language an unpublished release holds, as "id:locale". */
function heldLanguages(release: Items | null | undefined, statuses: Release['status'][]) {
  const held = new Set<string>()
  if (!release || !statuses.includes(release.status)) return held
  for (const item of release.statements ?? [])
    for (const locale of item.languages)
      if (isTargetLocale(locale)) held.add(`${idOf(item.statement)}:${locale}`)
  return held
}

/**
 * A language taken out of a release (or the release deleted) is as it would be without the
 * release: its latest accepted translation is published now, as accepting it would have done.
 * The English stays the draft it is and reactions stay unverified: nobody published those.
 * Held languages of a failed release count too: the failure published nothing.
 */
export async function letGoOfRemoved(
  req: PayloadRequest,
  before: Items | null | undefined,
  after: Items | null,
): Promise<void> {
  const kept = heldLanguages(after, ['scheduled'])
  for (const key of heldLanguages(before, ['scheduled', 'failed'])) {
    if (kept.has(key)) continue
    const [statement, locale] = key.split(':') as [string, TargetLocale]
    const latest = (await acceptedTranslations(req, Number(statement), [locale]))[locale]
    if (latest) await acceptTranslation(req, latest)
  }
}

/**
 * Before a statement is deleted: refused while a scheduled release holds it (naming the release);
 * otherwise it leaves the published and failed releases that list it, which the database would
 * not let point at nothing. Their snapshots keep its title, for the record.
 */
export async function forgetStatement(req: PayloadRequest, statement: number): Promise<void> {
  await refuseWhileHeld(req, { statement }, 'deleted')
  const db = (await transactionOf(req.payload, req)) ?? postgres(req.payload).drizzle
  await db.execute(sql`DELETE FROM releases_statements WHERE statement_id = ${statement}`)
}

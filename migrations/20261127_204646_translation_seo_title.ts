import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { sourceRevision, sourceTextOf } from '@/lib/translations/source'
import { sourceLocale } from '@/i18n/locales'

const batchSize = 200

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "translations" ADD COLUMN "seo_title" varchar;`)

  // The SEO title is translated now, so it is part of the original's fingerprint when there is
  // one (lib/translations/source.ts). Statements that have one are fingerprinted again: else a
  // translation accepted from now on would count as outdated from the start. Their translations
  // accepted before have no SEO title and become outdated, the SEO title being what changed.
  for (let page = 1, more = true; more; page += 1) {
    const result = await payload.find({
      collection: 'statements',
      locale: sourceLocale,
      fallbackLocale: false,
      draft: false,
      depth: 0,
      overrideAccess: true,
      where: { and: [{ 'meta.title': { exists: true } }, { sourceRevision: { exists: true } }] },
      select: { title: true, standfirst: true, body: true, meta: true, sourceRevision: true },
      sort: 'id',
      limit: batchSize,
      page,
      req,
    })
    for (const statement of result.docs) {
      const revision = sourceRevision(sourceTextOf(statement))
      if (!statement.sourceRevision || revision === statement.sourceRevision) continue
      await db.execute(
        sql`UPDATE statements SET source_revision = ${revision} WHERE id = ${statement.id}`,
      )
      // Publishing compares with the latest version's fingerprint.
      await db.execute(sql`
        UPDATE _statements_v SET version_source_revision = ${revision}
        WHERE parent_id = ${statement.id} AND version_source_revision = ${statement.sourceRevision}`)
    }
    more = result.hasNextPage
  }
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  // Fingerprints stay as they are: under the code before this migration, translations of a
  // statement with an SEO title count as outdated until the original is published again.
  await db.execute(sql`
   ALTER TABLE "translations" DROP COLUMN "seo_title";`)
}

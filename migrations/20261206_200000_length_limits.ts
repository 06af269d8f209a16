import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

import { everyContentTag } from '@/lib/cacheTags'
import { recordInvalidationsOn } from '@/lib/revalidate'
import { type LimitedField, lengthLimits, shortenToLimit } from '@/lib/text/lengthLimits'
import { slugify } from '@/lib/text/slugify'

/**
 * Text stored before the length limits (lib/text/lengthLimits.ts) is shortened to them, so pages
 * render sensibly and every record can be saved again: prose at a word boundary with an ellipsis,
 * slugs at a hyphen (kept unique, the old address redirected). Only the current documents: a
 * statement's version history (the _v tables) keeps the full text; collections without one
 * (reactions, translations) have it printed here, in the deploy's log.
 */
type Column = {
  collection: string
  table: string
  column: string
  field: string
  limit: LimitedField
  localized: boolean
  versioned: boolean
}

const statementText = (column: string, field: string, limit: LimitedField): Column => ({
  collection: 'statements',
  table: 'statements_locales',
  column,
  field,
  limit,
  localized: true,
  versioned: true,
})
const translationText = (column: string, field: string, limit: LimitedField): Column => ({
  collection: 'translations',
  table: 'translations',
  column,
  field,
  limit,
  localized: false,
  versioned: false,
})

const columns: Column[] = [
  statementText('title', 'title', 'title'),
  statementText('standfirst', 'standfirst', 'standfirst'),
  statementText('meta_title', 'meta.title', 'seoTitle'),
  statementText('meta_description', 'meta.description', 'seoDescription'),
  statementText('slug', 'slug', 'slug'),
  {
    collection: 'topics',
    table: 'topics_locales',
    column: 'slug',
    field: 'slug',
    limit: 'slug',
    localized: true,
    versioned: false,
  },
  {
    collection: 'reactions',
    table: 'reactions_locales',
    column: 'summary',
    field: 'summary',
    limit: 'reactionSummary',
    localized: true,
    versioned: false,
  },
  {
    collection: 'reactions',
    table: 'reactions',
    column: 'quote',
    field: 'quote',
    limit: 'reactionQuote',
    localized: false,
    versioned: false,
  },
  translationText('title', 'title', 'title'),
  translationText('standfirst', 'standfirst', 'standfirst'),
  translationText('seo_title', 'seoTitle', 'seoTitle'),
  translationText('description', 'description', 'seoDescription'),
  translationText('slug', 'slug', 'slug'),
]

type Row = { row: number; doc: number; locale: string | null; value: string }

export async function up({ db, payload }: MigrateUpArgs): Promise<void> {
  let shortenedAny = false
  for (const target of columns) {
    const limit = lengthLimits[target.limit]
    const table = sql.identifier(target.table)
    const column = sql.identifier(target.column)
    const owner = target.localized
      ? sql.raw('"_parent_id" AS doc, "_locale"::text AS locale')
      : sql.raw('id AS doc, NULL AS locale')
    const { rows } = await db.execute<Row>(
      sql`SELECT id AS row, ${owner}, ${column} AS value FROM ${table} WHERE char_length(${column}) > ${limit} ORDER BY id`,
    )
    for (const { row, doc, locale, value } of rows) {
      const shortened =
        target.field === 'slug'
          ? await freeSlug(target, { doc, locale, value })
          : shortenToLimit(value, limit)
      await db.execute(sql`UPDATE ${table} SET ${column} = ${shortened} WHERE id = ${row}`)
      if (target.collection === 'statements' && target.field === 'slug' && locale) {
        await db.execute(
          sql`INSERT INTO redirects (locale, "from", statement_id) VALUES (${locale}, ${value}, ${doc})`,
        )
      }
      const where = `${target.collection} ${doc}${locale ? ` (${locale})` : ''} ${target.field}`
      const original = target.versioned
        ? 'the full text stays in its version history'
        : `it was: ${value}`
      payload.logger.info(
        `Shortened ${where}: ${[...value].length} characters, limit ${limit}; ${original}`,
      )
      shortenedAny = true
    }
  }
  // Pages cached before the deploy showed the long text: every serving process drops them.
  if (shortenedAny) {
    await recordInvalidationsOn(db, everyContentTag)
  }

  /** The slug cut at a hyphen, or with the document's id at its end where another one has it. */
  async function freeSlug(
    target: Column,
    { doc, locale, value }: Omit<Row, 'row'>,
  ): Promise<string> {
    const limit = lengthLimits.slug
    const cut = slugify(value, limit)
    const sameLocale = locale ? sql`AND "_locale"::text = ${locale}` : sql``
    const { rows } = await db.execute(
      sql`SELECT 1 FROM ${sql.identifier(target.table)} WHERE "slug" = ${cut} ${sameLocale} LIMIT 1`,
    )
    return rows.length === 0 ? cut : `${slugify(value, limit - String(doc).length - 1)}-${doc}`
  }
}

// Nothing to undo: the shortened text is valid either way, and the originals are in the version
// history or the log of the deploy that ran `up`.
export async function down(_args: MigrateDownArgs): Promise<void> {}

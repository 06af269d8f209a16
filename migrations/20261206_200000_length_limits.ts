import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Text stored before the length limits is shortened to them, so pages render sensibly and every
 * record can be saved again: prose at a word boundary with an ellipsis, slugs at a hyphen (kept
 * unique, the old address redirected). Only the current documents: a statement's version history
 * (the _v tables) keeps the full text; collections without one (reactions, translations) have it
 * printed here, in the deploy's log. The limits, and how text is cut to them, are written out
 * here as they were when this ran, so that it does the same on every database.
 */
const lengthLimits = {
  title: 160,
  standfirst: 320,
  seoTitle: 60,
  seoDescription: 160,
  slug: 80,
  reactionSummary: 300,
  reactionQuote: 500,
} as const

type LimitedField = keyof typeof lengthLimits

/** Every cache tag of content: each cached page is under at least one of them. */
const everyContentTag = [
  'statements:lists',
  'statements:slugs',
  'statements:pages',
  'topics',
  'reactions',
]

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
  // Pages cached before the deploy showed the long text: every serving process drops them, as it
  // reads the log of cache invalidations and is told of each commit that wrote to it.
  if (shortenedAny) {
    await db.execute(sql`
      WITH recorded AS (INSERT INTO cache_invalidations (tag) SELECT DISTINCT unnest(${sql.param(everyContentTag)}::text[]) RETURNING tag)
      SELECT pg_notify('cache_invalidations', count(*)::text) FROM recorded`)
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

/**
 * `text` cut to at most `limit` characters at the last word boundary, ending with an ellipsis
 * (counted). Text that fits comes back as it is.
 */
function shortenToLimit(text: string, limit: number): string {
  const characters = [...text]
  if (characters.length <= limit) return text
  const room = characters.slice(0, limit - 1).join('')
  // The word at the cut is dropped, unless the cut falls between words; a single huge word is cut.
  const wholeWords = /\s/u.test(characters[limit - 1]) ? room : room.replace(/\s+\S*$/u, '')
  const kept = (wholeWords.trim() ? wholeWords : room).replace(/[\s,;:.\-–—]+$/u, '')
  return `${kept}…`
}

/**
 * A URL slug from any script: Latin letters lose their accents, Arabic keeps its letters and
 * drops optional vowel marks, and everything else becomes a single hyphen. Cut at a word boundary.
 */
function slugify(text: string, maxLength: number): string {
  const slug = text
    .normalize('NFD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .replace(/[\u064B-\u0652\u0670\u0640]/gu, '')
    .normalize('NFC')
    .toLocaleLowerCase('en')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
  if (slug.length <= maxLength) return slug
  const cut = slug.slice(0, maxLength + 1)
  const lastHyphen = cut.lastIndexOf('-')
  return (lastHyphen > maxLength / 2 ? cut.slice(0, lastHyphen) : slug.slice(0, maxLength)).replace(
    /-+$/,
    '',
  )
}

// Nothing to undo: the shortened text is valid either way, and the originals are in the version
// history or the log of the deploy that ran `up`.
export async function down(_args: MigrateDownArgs): Promise<void> {}

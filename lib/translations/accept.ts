import { randomUUID } from 'node:crypto'

import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'
import { type PayloadRequest, ValidationError } from 'payload'

import { rememberOldSlug } from '@/collections/Statements/hooks/recordSlugChange'
import { tagsForStatement } from '@/collections/Statements/hooks/revalidateStatement'
import { type Locale, localeInfo } from '@/i18n/locales'
import { lockRow } from '@/lib/db/rowLock'
import { revalidate } from '@/lib/revalidate'
import { slugify } from '@/lib/text/slugify'
import type { Statement, Translation } from '@/payload-types'

type PerLocale<T> = Partial<Record<Locale, T>>

/** A statement read with `locale: 'all'`: every localized field holds one value per locale. */
type StatementAllLocales = {
  _status?: Statement['_status']
  title: PerLocale<string | null>
  slug?: PerLocale<string | null>
  standfirst?: PerLocale<string | null>
  body?: PerLocale<Statement['body']>
  searchText?: PerLocale<string | null>
  meta?: { title?: PerLocale<string | null>; description?: PerLocale<string | null> } & Record<
    string,
    unknown
  >
  localeVersions?: NonNullable<Statement['localeVersions']>
  updatedAt?: string
} & Record<string, unknown>

export function statementIdOf(translation: Pick<Translation, 'statement'>): number {
  return typeof translation.statement === 'object'
    ? translation.statement.id
    : translation.statement
}

/** The statement with `translation` written into its locale and that locale marked as published. */
function withTranslation(
  doc: StatementAllLocales,
  translation: Translation,
  slug: string,
  now: string,
): StatementAllLocales {
  const locale = translation.locale
  const set = <T>(values: PerLocale<T> | undefined, value: T): PerLocale<T> => ({
    ...values,
    [locale]: value,
  })
  return {
    ...doc,
    title: set(doc.title, translation.title),
    slug: set(doc.slug, slug),
    standfirst: set(doc.standfirst, translation.standfirst || null),
    body: set(doc.body, translation.body ?? null),
    searchText: set(
      doc.searchText,
      translation.body ? convertLexicalToPlaintext({ data: translation.body }) : null,
    ),
    meta: {
      ...doc.meta,
      // Empty where the original has none: the translated title stands in, as it does for the original.
      title: set(doc.meta?.title, translation.seoTitle || null),
      description: set(doc.meta?.description, translation.description || null),
    },
    localeVersions: [
      ...(doc.localeVersions ?? []).filter((entry) => entry.locale !== locale),
      {
        id: randomUUID(),
        locale,
        sourceRevision: translation.sourceRevision ?? '',
        acceptedAt: now,
        translation: translation.id,
      },
    ],
    updatedAt: now,
  }
}

/**
 * Publishes an accepted translation in its locale and nowhere else. Payload's update would publish
 * the statement's pending draft with it (one `_status` for every locale), so this writes at the
 * database level, inside the request's transaction: the published document gets the translated
 * locale and nothing more, and so does the latest draft, so the editor's next publish keeps it.
 * Hooks do not run on these writes; what they would do (redirects, search text, cache) is done here.
 */
export async function acceptTranslation(
  req: PayloadRequest,
  translation: Translation,
): Promise<void> {
  const { payload } = req
  const id = statementIdOf(translation)
  const locale = translation.locale
  const slug = translation.slug || slugify(translation.title)
  // Two accepts (or an accept and an editor's save) at once would each write back the other's
  // locales as they were: the second waits for the first here, then reads what it wrote.
  await lockRow(req, 'statements', id)

  const clash = await payload.db.findOne<{ id: number }>({
    collection: 'statements',
    locale,
    where: { and: [{ slug: { equals: slug } }, { id: { not_equals: id } }] },
    req,
  })
  if (clash) {
    throw new ValidationError({
      collection: 'translations',
      errors: [
        {
          path: 'slug',
          message: `Another statement already has the address “${slug}” in ${localeInfo(locale).label}: choose another slug.`,
        },
      ],
    })
  }

  const published = (await payload.findByID({
    collection: 'statements',
    id,
    locale: 'all',
    draft: false,
    depth: 0,
    overrideAccess: true,
    req,
  })) as unknown as StatementAllLocales
  const now = new Date().toISOString()
  await payload.db.updateOne({
    collection: 'statements',
    id,
    locale: 'all',
    data: withTranslation(published, translation, slug, now),
    req,
  })

  const {
    docs: [latest],
  } = await payload.db.findVersions<StatementAllLocales>({
    collection: 'statements',
    where: { parent: { equals: id } },
    sort: '-updatedAt',
    limit: 1,
    locale: 'all',
    pagination: false,
    req,
  })
  if (latest) {
    await payload.db.updateVersion<StatementAllLocales>({
      collection: 'statements',
      id: latest.id,
      locale: 'all',
      versionData: { ...latest, version: withTranslation(latest.version, translation, slug, now) },
      req,
    })
  }

  const before = published.slug?.[locale]
  const wasLive =
    published._status === 'published' &&
    published.localeVersions?.some((entry) => entry.locale === locale)
  if (wasLive && before && before !== slug)
    await rememberOldSlug(req, { locale, before, after: slug, statement: id })

  await revalidate(req, tagsForStatement(id))
}

import { randomUUID } from 'node:crypto'

import { type PayloadRequest, ValidationError } from 'payload'

import { localeInfo } from '@/i18n/locales'
import { lockRow } from '@/lib/db/rowLock'
import { isLanguageHeld } from '@/lib/releases/hold'
import { inAllLocales, type PerLocale, type StatementAllLocales } from '@/lib/statements/allLocales'
import { revalidateStatement } from '@/lib/statements/cache'
import { derivedLocaleFields } from '@/lib/statements/derivedFields'
import { rememberOldSlug } from '@/lib/statements/oldSlugs'
import { slugify } from '@/lib/text/slugify'
import type { Translation } from '@/payload-types'

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
    searchText: set(doc.searchText, derivedLocaleFields({ body: translation.body }).searchText),
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
 * Hooks do not run on these writes; what they would do (search text, redirects, cache) is done
 * here, by the same functions (lib/statements).
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

  // A scheduled release publishes this language at its moment (lib/releases/publish.ts): the
  // translation stays accepted, and waits.
  if (await isLanguageHeld(req, id, locale)) return

  const published = inAllLocales(
    await payload.findByID({
      collection: 'statements',
      id,
      locale: 'all',
      draft: false,
      depth: 0,
      overrideAccess: true,
      req,
    }),
  )
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

  const wasLive =
    published._status === 'published' &&
    published.localeVersions?.some((entry) => entry.locale === locale)
  const before = (wasLive && published.slug?.[locale]) || null
  await rememberOldSlug(req, { locale, before, after: slug, statement: id })

  await revalidateStatement(req, id)
}

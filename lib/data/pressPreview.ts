import { type Locale, sourceLocale } from '@/i18n/locales'
import { previewLanguages, previewStanding, type PreviewStanding } from '@/lib/previewLinks/rules'
import { previewTokenHash, previewTokenShape } from '@/lib/previewLinks/token'
import type { ReleaseSnapshot } from '@/lib/releases/snapshot'
import type { PreviewLink, Release } from '@/payload-types'

import { payloadClient } from './payload'
import { type StatementDetail, toDetail } from './statementDetail'

/**
 * The press preview's reads. Never cached: a link must stop working the moment it is revoked or
 * expires, and its pages are private to whoever holds it. The link itself authorizes the read,
 * hence overrideAccess: true on embargoed content, and only for what its release holds.
 */

export type PressRelease = {
  id: number
  title: string
  /** The moment and the zone it was given in. */
  moment: string
  timeZone: string
  published: boolean
  /** The statements released in the reader's language, for this link. */
  statementIds: number[]
  reactionIds: number[]
  /** The translations the release approved (lib/releases/snapshot.ts), per statement and language. */
  approved: ReleaseSnapshot['statements']
}

export type PressPreview =
  { standing: Exclude<PreviewStanding, 'open'> } | { standing: 'open'; release: PressRelease }

const idOf = (value: number | { id: number }) => (typeof value === 'object' ? value.id : value)

/** The link behind `token`, or null for a token no link has. */
async function findLink(token: string): Promise<PreviewLink | null> {
  if (!previewTokenShape.test(token)) return null
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'preview-links',
    overrideAccess: true,
    depth: 0,
    limit: 1,
    where: { tokenHash: { equals: previewTokenHash(token) } },
  })
  return docs[0] ?? null
}

/** What `token` opens in `locale` now: the release's items in that language, or why not. */
export async function openPressPreview(
  token: string,
  locale: Locale,
): Promise<PressPreview | null> {
  const link = await findLink(token)
  if (!link) return null
  const standing = previewStanding(link, locale)
  if (standing !== 'open') return { standing }
  const payload = await payloadClient()
  const release: Release = await payload.findByID({
    collection: 'releases',
    id: idOf(link.release),
    overrideAccess: true,
    depth: 0,
  })
  const statements = (release.statements ?? []).filter((item) =>
    previewLanguages(link, item.languages).includes(locale),
  )
  if (statements.length === 0) return { standing: 'otherLanguage' }
  return {
    standing: 'open',
    release: {
      id: release.id,
      title: release.title,
      moment: release.moment,
      timeZone: release.moment_tz,
      published: release.status === 'published',
      statementIds: statements.map((item) => idOf(item.statement)),
      reactionIds: (release.reactions ?? []).map(idOf),
      approved: (release.snapshot as ReleaseSnapshot | null)?.statements ?? [],
    },
  }
}

/**
 * A statement of the release as it will be published: the original's latest draft, and in
 * another language the accepted translation the release approved and holds, dated at the moment.
 */
export async function releasedStatement(
  release: PressRelease,
  locale: Locale,
  id: number,
): Promise<StatementDetail | null> {
  if (!release.statementIds.includes(id)) return null
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'statements',
    locale,
    draft: true,
    overrideAccess: true,
    depth: 1,
    limit: 1,
    where: { id: { equals: id } },
  })
  const draft = docs[0]
  if (!draft) return null
  const dated = { ...draft, publishedAt: draft.publishedAt ?? release.moment }
  if (locale === sourceLocale) return toDetail(dated, locale)
  const approved = release.approved.find((item) => item.statement === id)?.translations[locale]
  if (!approved) return null
  const translation = await payload.findByID({
    collection: 'translations',
    id: approved.id,
    overrideAccess: true,
    depth: 0,
    disableErrors: true,
  })
  if (!translation) return null
  return toDetail(
    {
      ...dated,
      title: translation.title,
      slug: translation.slug ?? dated.slug,
      standfirst: translation.standfirst ?? null,
      body: translation.body ?? dated.body,
    },
    locale,
  )
}

/** The release's reactions, as a short list: who, when, and the summary in the reader's language. */
export async function releasedReactions(release: PressRelease, locale: Locale) {
  if (release.reactionIds.length === 0) return []
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'reactions',
    locale,
    overrideAccess: true,
    depth: 1,
    pagination: false,
    sort: '-date',
    where: { id: { in: release.reactionIds } },
  })
  return docs.map((doc) => ({
    id: doc.id,
    date: doc.date,
    summary: doc.summary ?? '',
    actors: doc.actors.flatMap((actor) =>
      typeof actor.value === 'object' && actor.value ? [actor.value.name] : [],
    ),
  }))
}

/** The public address of a released statement in `locale`, once the release is published. */
export async function publishedSlug(locale: Locale, id: number): Promise<string | null> {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'statements',
    locale,
    draft: false,
    overrideAccess: false,
    depth: 0,
    limit: 1,
    where: { id: { equals: id } },
    select: { slug: true },
  })
  return docs[0]?.slug ?? null
}

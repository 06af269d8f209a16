import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import type { Statement, Translation } from '@/payload-types'

import { diffSource, type FieldDiff, type SourceText, sourceLocale, sourceTextOf, type TargetLocale, targetLocales } from './source'

/**
 * Where each language of a statement stands: `published` (an accepted translation of the current
 * source), `outdated` (accepted, but the source changed since), `review` (a version waits for an
 * editor) or `missing`. `inReview` also flags a waiting update of a published or outdated language.
 */
export type LanguageState = 'published' | 'outdated' | 'review' | 'missing'
export type LanguageStatus = { locale: TargetLocale; state: LanguageState; inReview: boolean; acceptedAt?: string }

type StatementTranslationState = Pick<Statement, 'id' | 'sourceRevision' | 'localeVersions'>

export function languageStatuses(statement: StatementTranslationState, waiting: Set<Locale>): LanguageStatus[] {
  return targetLocales.map((locale) => {
    const accepted = statement.localeVersions?.find((entry) => entry.locale === locale)
    const inReview = waiting.has(locale)
    if (accepted) {
      const outdated = Boolean(statement.sourceRevision) && accepted.sourceRevision !== statement.sourceRevision
      return { locale, state: outdated ? 'outdated' : 'published', inReview, acceptedAt: accepted.acceptedAt }
    }
    return { locale, state: inReview ? 'review' : 'missing', inReview }
  })
}

/** The languages waiting for review, per statement, for the given statements. */
export async function waitingForReview(payload: Payload, statementIds: number[]): Promise<Map<number, Set<Locale>>> {
  const waiting = new Map<number, Set<Locale>>()
  if (statementIds.length === 0) return waiting
  const { docs } = await payload.find({
    collection: 'translations',
    where: { and: [{ statement: { in: statementIds } }, { status: { equals: 'submitted' } }] },
    select: { statement: true, locale: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  for (const doc of docs) {
    const id = doc.statement as number
    waiting.set(id, (waiting.get(id) ?? new Set()).add(doc.locale as Locale))
  }
  return waiting
}

/**
 * Statements as their published documents: the state readers see. Either the given ones, or
 * the `newest` published statements, selected and ordered by the database.
 */
export async function publishedStatements(payload: Payload, which: { ids: number[] } | { newest: number }) {
  const { docs } = await payload.find({
    collection: 'statements',
    locale: sourceLocale,
    draft: false,
    depth: 0,
    overrideAccess: true,
    ...('ids' in which
      ? { where: { id: { in: which.ids } }, pagination: false }
      : { where: { _status: { equals: 'published' } }, sort: '-updatedAt', limit: which.newest }),
    select: { title: true, sourceRevision: true, sourceUpdatedAt: true, localeVersions: true, _status: true, updatedAt: true },
  })
  return docs
}

/** What changed in the source since the accepted translation of `locale` was made, field by field. */
export async function sourceChangesSince(payload: Payload, statement: Statement, locale: Locale): Promise<FieldDiff[]> {
  const accepted = statement.localeVersions?.find((entry) => entry.locale === locale)
  const translationId = typeof accepted?.translation === 'object' ? accepted.translation?.id : accepted?.translation
  if (!translationId) return []
  const translation = await payload
    .findByID({ collection: 'translations', id: translationId, depth: 0, overrideAccess: true, select: { sourceSnapshot: true } })
    .catch(() => null)
  return diffFromSnapshot(translation, sourceTextOf(statement))
}

export function diffFromSnapshot(translation: Pick<Translation, 'sourceSnapshot'> | null, current: SourceText): FieldDiff[] {
  const before = translation?.sourceSnapshot as SourceText | null | undefined
  return before ? diffSource(before, current) : []
}

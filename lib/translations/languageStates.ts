import type { Payload, PayloadRequest } from 'payload'

import { type Locale, sourceLocale, type TargetLocale, targetLocales } from '@/i18n/locales'
import type { Statement, Translation } from '@/payload-types'

import { diffSource, type FieldDiff, type SourceText, sourceTextOf } from './source'
import { loadStatementSource } from './statementSource'

/**
 * Where each language of a statement stands: `published` (an accepted translation of the current
 * source), `outdated` (accepted, but the source changed since), `review` (a version waits for an
 * editor) or `missing`. `inReview` also flags a waiting update of a published or outdated language.
 */
export type LanguageState = 'published' | 'outdated' | 'review' | 'missing'
export const languageStates: readonly LanguageState[] = [
  'published',
  'outdated',
  'review',
  'missing',
]
export type LanguageStatus = {
  locale: TargetLocale
  state: LanguageState
  inReview: boolean
  acceptedAt?: string
}

type StatementTranslationState = Pick<Statement, 'id' | 'sourceRevision' | 'localeVersions'>

export function languageStatuses(
  statement: StatementTranslationState,
  waiting: Set<Locale>,
): LanguageStatus[] {
  return targetLocales.map((locale) => {
    const accepted = statement.localeVersions?.find((entry) => entry.locale === locale)
    const inReview = waiting.has(locale)
    if (accepted) {
      const outdated =
        Boolean(statement.sourceRevision) && accepted.sourceRevision !== statement.sourceRevision
      return {
        locale,
        state: outdated ? 'outdated' : 'published',
        inReview,
        acceptedAt: accepted.acceptedAt,
      }
    }
    return { locale, state: inReview ? 'review' : 'missing', inReview }
  })
}

/** The languages waiting for review, per statement, for the given statements. */
export async function waitingForReview(
  payload: Payload,
  statementIds: number[],
): Promise<Map<number, Set<Locale>>> {
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
 * The language states of the given statements, as their published documents stand (the state
 * readers see), in two queries however many statements there are.
 */
export async function languageStatusesOf(
  payload: Payload,
  ids: number[],
): Promise<Map<number, LanguageStatus[]>> {
  if (ids.length === 0) return new Map()
  const [{ docs }, waiting] = await Promise.all([
    payload.find({
      collection: 'statements',
      locale: sourceLocale,
      draft: false,
      depth: 0,
      overrideAccess: true,
      where: { id: { in: ids } },
      pagination: false,
      select: { sourceRevision: true, localeVersions: true },
    }),
    waitingForReview(payload, ids),
  ])
  return new Map(
    docs.map((doc) => [doc.id, languageStatuses(doc, waiting.get(doc.id) ?? new Set())]),
  )
}

/**
 * `languageStatusesOf` for callers that each want one statement, as the cells of the statements
 * list do (Payload renders one per row): the ids asked for until the event loop's next turn are
 * read together. The cells of a page are rendered in one pass, so a page costs two queries.
 */
export function batchedLanguageStatuses(
  payload: Payload,
): (id: number) => Promise<LanguageStatus[] | undefined> {
  let batch: { ids: Set<number>; statuses: Promise<Map<number, LanguageStatus[]>> } | null = null
  return (id) => {
    if (!batch) {
      const ids = new Set<number>()
      const statuses = new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
        batch = null
        return languageStatusesOf(payload, [...ids])
      })
      batch = { ids, statuses }
    }
    batch.ids.add(id)
    return batch.statuses.then((found) => found.get(id))
  }
}

/**
 * The state of each language of one statement, with what changed in the original since each
 * outdated language was translated; null when there is no such statement. The diff compares
 * every translated field, so this reads the whole published original.
 */
export async function statementLanguages(
  req: PayloadRequest,
  id: number,
): Promise<(LanguageStatus & { changes: FieldDiff[] })[] | null> {
  const current = await loadStatementSource(req, id)
  if (!current) return null
  const waiting = await waitingForReview(req.payload, [id])
  return Promise.all(
    languageStatuses(current.statement, waiting.get(id) ?? new Set()).map(async (status) => ({
      ...status,
      changes:
        status.state === 'outdated'
          ? await sourceChangesSince(req.payload, current.statement, status.locale)
          : [],
    })),
  )
}

/** What changed in the source since the accepted translation of `locale` was made, field by field. */
export async function sourceChangesSince(
  payload: Payload,
  statement: Statement,
  locale: Locale,
): Promise<FieldDiff[]> {
  const accepted = statement.localeVersions?.find((entry) => entry.locale === locale)
  const translationId =
    typeof accepted?.translation === 'object' ? accepted.translation?.id : accepted?.translation
  if (!translationId) return []
  const translation = await payload.findByID({
    collection: 'translations',
    id: translationId,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    select: { sourceSnapshot: true },
  })
  return diffFromSnapshot(translation, sourceTextOf(statement))
}

export function diffFromSnapshot(
  translation: Pick<Translation, 'sourceSnapshot'> | null,
  current: SourceText,
): FieldDiff[] {
  const before = translation?.sourceSnapshot as SourceText | null | undefined
  return before ? diffSource(before, current) : []
}

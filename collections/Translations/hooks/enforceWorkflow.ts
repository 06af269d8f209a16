import { APIError, type CollectionBeforeChangeHook, ValidationError } from 'payload'

import {
  isTargetLocale,
  type Locale,
  localeInfo,
  sourceLocale,
  targetLocales,
} from '@/i18n/locales'
import { loadStatementSource } from '@/lib/translations/statementSource'
import {
  actorOf,
  canEditText,
  canMove,
  canTranslateInto,
  editRefusal,
  isTranslationStatus,
  moveRefusal,
  needsComment,
  openStatuses,
  reviewStatuses,
  type TranslationStatus,
} from '@/lib/translations/workflow'
import { slugify } from '@/lib/text/slugify'
import type { Translation } from '@/payload-types'

const forbidden = (message: string) => new APIError(message, 403, null, true)
const invalid = (path: string, message: string) =>
  new ValidationError({ collection: 'translations', errors: [{ path, message }] })

const idOf = (value: unknown): number | null =>
  typeof value === 'number'
    ? value
    : typeof value === 'object' && value && 'id' in value && typeof value.id === 'number'
      ? value.id
      : null

const textFields = ['title', 'slug', 'standfirst', 'seoTitle', 'description', 'body'] as const
const textChanged = (data: Partial<Translation>, before: Translation) =>
  textFields.some(
    (field) =>
      field in data &&
      JSON.stringify(data[field] ?? null) !== JSON.stringify(before[field] ?? null),
  )

/**
 * The translation workflow, enforced for every way in (admin, REST, GraphQL, XLIFF import):
 * who may create in which language, which status moves are allowed to whom, that accepted and
 * rejected work is final, that the translator is whoever is logged in, and what source text the
 * translation answers to. The rules themselves are lib/translations/workflow.ts; access rules
 * (../access.ts) already keep translators to their own open work.
 */
export const enforceWorkflow: CollectionBeforeChangeHook<Translation> = async ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  const { user } = req
  const actor = actorOf(user)
  if (!user || !actor) throw forbidden('Only translators and editors work on translations.')

  const from: TranslationStatus =
    operation === 'create' ? 'draft' : (originalDoc?.status ?? 'draft')
  const to = data.status ?? from
  if (!isTranslationStatus(to)) throw invalid('status', 'Unknown status.')

  const statementId = idOf(data.statement)
  const locale = data.locale
  if (operation === 'update' && originalDoc) {
    if (statementId !== idOf(originalDoc.statement))
      throw invalid('statement', 'A translation stays with its statement: start a new one instead.')
    if (locale !== originalDoc.locale)
      throw invalid('locale', 'A translation stays in its language: start a new one instead.')
    if (textChanged(data, originalDoc) && !canEditText(actor, from))
      throw forbidden(editRefusal(from))
  }

  if (!isTargetLocale(locale))
    throw invalid(
      'locale',
      `Translations go into ${targetLanguageList()}; ${localeInfo(sourceLocale).label} is the original.`,
    )
  if (!canTranslateInto(user, locale)) {
    throw forbidden(
      `You translate into ${user.languages?.map((code) => localeInfo(code as Locale).label).join(', ') || 'no language yet'}, not ${localeInfo(locale).label}.`,
    )
  }

  if (to !== from) {
    if (!canMove(actor, from, to)) throw forbidden(moveRefusal(actor, from, to))
    if (needsComment.includes(to) && !data.reviewComment?.trim())
      throw invalid('reviewComment', 'Say what needs to change: the translator reads this comment.')
  }
  if (operation === 'create' && to !== 'draft' && to !== 'submitted')
    throw forbidden('A new translation starts as a draft or is submitted for review.')

  const now = new Date().toISOString()
  // The slug follows the title unless someone chose one (a slug that is not the old title's own).
  const followedTitle =
    operation === 'update' && originalDoc?.title && data.slug === slugify(originalDoc.title)
  const chosenSlug = data.slug?.trim() && !followedTitle ? data.slug : null
  const next: Partial<Translation> = {
    ...data,
    status: to,
    slug: slugify(chosenSlug ?? data.title ?? ''),
  }

  if (operation === 'create') {
    if (!statementId) throw invalid('statement', 'Choose the statement this translates.')
    const open = await req.payload.find({
      collection: 'translations',
      where: {
        and: [
          { statement: { equals: statementId } },
          { locale: { equals: locale } },
          { translator: { equals: user.id } },
          { status: { in: openStatuses } },
        ],
      },
      limit: 1,
      depth: 0,
      overrideAccess: true,
      req,
    })
    const existing = open.docs[0]
    if (existing?.status === 'submitted')
      throw invalid(
        'statement',
        `Your ${localeInfo(locale).label} translation of this statement (number ${existing.id}) is waiting for review.`,
      )
    if (existing)
      throw invalid(
        'statement',
        `You already have a ${localeInfo(locale).label} translation of this statement in progress (number ${existing.id}): continue that one.`,
      )
    next.translator = user.id
    next.history = []
  }

  // New or changed text was written beside the source the admin shows, which is the current one.
  if (operation === 'create' || (originalDoc && textChanged(data, originalDoc))) {
    const current = statementId ? await loadStatementSource(req, statementId) : null
    if (!current) throw invalid('statement', 'That statement does not exist.')
    next.sourceRevision = current.revision
    next.sourceSnapshot = current.source
  }

  if (to !== from || operation === 'create') {
    if (to === 'submitted') next.submittedAt = now
    if (reviewStatuses.includes(to)) {
      next.reviewer = user.id
      next.reviewedAt = now
    }
    next.history = [
      ...(originalDoc?.history ?? []),
      {
        status: to,
        by: user.id,
        at: now,
        comment: needsComment.includes(to) || to === 'accepted' ? data.reviewComment || null : null,
      },
    ]
  }
  return next
}

function targetLanguageList(): string {
  return targetLocales.map((code) => localeInfo(code).label).join(', ')
}

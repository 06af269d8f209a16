import { createHash } from 'node:crypto'

import { languageNameIn, type Locale, sourceLocale, type TargetLocale } from '@/i18n/locales'

/**
 * What an editor approves by scheduling a release, and the rules it is checked against: pure
 * functions, so the refusals editors read are tested without a database.
 */

/** One statement as approved: the English draft that goes live and the translations with it. */
export type StatementApproval = {
  statement: number
  title: string
  languages: Locale[]
  /** The latest version of the statement when it was approved (for the record). */
  versionId: string | number
  /** The English draft's content (draftFingerprint): another at the moment means it was edited. */
  fingerprint: string
  translations: Partial<Record<TargetLocale, { id: number; acceptedAt: string }>>
}

export type ReleaseSnapshot = {
  approvedAt: string
  statements: StatementApproval[]
  reactions: number[]
}

/** The English fields an editor writes: what goes live when the statement is published. */
export const approvedFields = [
  'title',
  'slug',
  'standfirst',
  'body',
  'meta',
  'heroImage',
  'attachments',
  'relatedStatements',
  'publishedAt',
  'kind',
  'topics',
] as const

/** JSON with object keys sorted, so that one content always reads as one string. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${stableJson(item)}`).join(',')}}`
  }
  return JSON.stringify(value ?? null)
}

/** The fingerprint of an English draft (read in English, depth 0): its approved fields only. */
export function draftFingerprint(
  draft: Partial<Record<(typeof approvedFields)[number], unknown>>,
): string {
  const content = Object.fromEntries(approvedFields.map((field) => [field, draft[field] ?? null]))
  return createHash('sha256').update(stableJson(content)).digest('hex').slice(0, 24)
}

/** What the database holds for one statement of a release, read when it is approved. */
export type StatementState = {
  statement: number
  languages: Locale[]
  /** The latest English draft, or null when the statement has none with a title. */
  draft: { title: string; revision: string } | null
  /** The latest accepted translation per chosen language, with the source it was made from. */
  accepted: Partial<Record<TargetLocale, { id: number; sourceRevision: string | null }>>
  /** Another scheduled release the statement is already in. */
  inRelease: string | null
}

const nameOf = (state: StatementState) =>
  state.draft ? `“${state.draft.title}”` : `Statement ${state.statement}`

/** Why a statement cannot go out as chosen, one sentence per problem; empty when it can. */
export function statementProblems(state: StatementState): string[] {
  const name = nameOf(state)
  if (state.inRelease) return [`${name} is already in the scheduled release “${state.inRelease}”.`]
  if (!state.draft) return [`${name} has no English text with a title to publish.`]
  const problems: string[] = []
  if (!state.languages.includes(sourceLocale))
    problems.push(`${name}: English always goes out, it is the original.`)
  for (const locale of state.languages) {
    if (locale === sourceLocale) continue
    const language = languageNameIn(locale, sourceLocale)
    const accepted = state.accepted[locale]
    if (!accepted) problems.push(`${name}: ${language} has no accepted translation.`)
    else if (accepted.sourceRevision !== state.draft.revision)
      problems.push(
        `${name}: the accepted ${language} translation was made from another English text: accept a translation of the English that goes out.`,
      )
  }
  return problems
}

/** Duplicates within one release: a statement is listed once, with all its languages. */
export function duplicateProblems(states: StatementState[]): string[] {
  const seen = new Set<number>()
  const problems: string[] = []
  for (const state of states) {
    if (seen.has(state.statement)) problems.push(`${nameOf(state)} is listed twice: list it once.`)
    seen.add(state.statement)
  }
  return problems
}

/** The sentence a refusal to schedule starts with, followed by each problem. */
export function refusalMessage(problems: string[]): string {
  return `This release cannot be scheduled: ${problems.join(' ')}`
}

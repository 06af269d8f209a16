import type { PayloadRequest } from 'payload'

import { languageNameIn, sourceLocale, type TargetLocale } from '@/i18n/locales'
import type { Translation } from '@/payload-types'

import { draftFingerprint, type StatementApproval } from './snapshot'
import { type EnglishDraft, latestEnglishDraft } from './statementState'

/** What changed in a statement since its release was approved, so that it cannot go out. */
export type Drift = { kind: 'edited' } | { kind: 'translationGone'; locale: TargetLocale }

export type Approved = { draft: EnglishDraft; translations: Translation[] }

/** The reason a drift stops the release, as the release and the editors' email say it. */
export function driftReason(item: Pick<StatementApproval, 'title'>, drift: Drift): string {
  if (drift.kind === 'edited')
    return `“${item.title}” was edited after approval: approve the release again.`
  return `“${item.title}”: the approved ${languageNameIn(drift.locale, sourceLocale)} translation is no longer accepted: accept one and approve the release again.`
}

/**
 * The approved English draft and translations of one statement, as they are now: unchanged
 * since approval, or the drift. Never the newer draft in place of the approved one.
 */
export async function approvedNow(
  req: PayloadRequest,
  item: StatementApproval,
): Promise<Approved | Drift> {
  const draft = await latestEnglishDraft(req, item.statement)
  if (!draft || draftFingerprint(draft.doc) !== item.fingerprint) return { kind: 'edited' }
  const translations: Translation[] = []
  for (const [locale, approved] of Object.entries(item.translations) as [
    TargetLocale,
    { id: number },
  ][]) {
    const translation = await req.payload.findByID({
      collection: 'translations',
      id: approved.id,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      req,
    })
    if (translation?.status !== 'accepted') return { kind: 'translationGone', locale }
    translations.push(translation)
  }
  return { draft, translations }
}

export const isDrift = (value: Approved | Drift): value is Drift => 'kind' in value

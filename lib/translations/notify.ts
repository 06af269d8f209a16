import type { PayloadRequest } from 'payload'

import { isTargetLocale, localeInfo, type Locale } from '@/i18n/locales'
import { editorAddresses, sendNotice } from '@/lib/email/notify'
import { env } from '@/lib/env'
import { glossaryDeviations } from '@/lib/glossary/match'
import { glossaryEntries } from '@/lib/glossary/read'
import { isLanguageHeld } from '@/lib/releases/hold'
import { requestersOf } from '@/lib/translationJobs/notify'
import type { Translation, TranslationJob, User } from '@/payload-types'

import { statementIdOf } from './accept'
import type { SourceText } from './source'
import type { TranslationStatus } from './workflow'

const adminLink = (id: number) =>
  `${env.NEXT_PUBLIC_SERVER_URL}/admin/collections/translations/${id}`

const reviewWords: Partial<Record<TranslationStatus, string>> = {
  accepted: 'was accepted and is now published',
  changes_requested: 'needs changes',
  rejected: 'was rejected',
}

/** A sentence on the glossary's approved terms the translation lacks, or nothing. */
async function glossaryWarning(req: PayloadRequest, translation: Translation): Promise<string> {
  const source = translation.sourceSnapshot as SourceText | null
  if (!source || !isTargetLocale(translation.locale)) return ''
  const entries = await glossaryEntries(req.payload, req)
  const missing = glossaryDeviations(entries, source, translation, translation.locale).length
  if (missing === 0) return ''
  return `\n\nThe glossary: ${missing} approved term(s) not found in the translation; they are listed beside it.`
}

/**
 * Tells the people concerned that a translation moved: editors, and whoever asked for it in a
 * translation job (`jobs`, with its due date), when one is submitted; its translator when it is
 * reviewed. A failed email never undoes the review; it is logged.
 */
export async function notifyTranslationMoved(
  req: PayloadRequest,
  translation: Translation,
  status: TranslationStatus,
  jobs: TranslationJob[] = [],
): Promise<void> {
  const { payload } = req
  const language = localeInfo(translation.locale as Locale).label
  // Editors know statements by their original title.
  const statementTitle =
    (translation.sourceSnapshot as SourceText | null)?.title || translation.title
  let to: string[] = []
  let subject = ''
  let text = ''
  if (status === 'submitted') {
    const requesters = await requestersOf(req, jobs)
    // One email per address, whether someone is an editor, a requester or both.
    to = [...new Set([...(await editorAddresses(payload, req)), ...requesters.to])]
    subject = `Translation to review (${language}): ${statementTitle}`
    const asked = requesters.lines.map((line) => `\n\n${line}`).join('')
    text = `A ${language} translation of “${statementTitle}” was submitted for review.${asked}${await glossaryWarning(req, translation)}\n\nReview it: ${adminLink(translation.id)}`
  } else if (reviewWords[status]) {
    // A language a scheduled release holds goes live with it, not now (lib/releases/hold.ts).
    const words =
      status === 'accepted' &&
      (await isLanguageHeld(req, statementIdOf(translation), translation.locale as Locale))
        ? 'was accepted and goes live with a scheduled release'
        : reviewWords[status]
    const translator = translation.translator
    const user: User | null =
      typeof translator === 'number'
        ? await payload
            .findByID({ collection: 'users', id: translator, depth: 0, overrideAccess: true, req })
            .catch(() => null)
        : (translator ?? null)
    if (user) to = [user.email]
    subject = `Your ${language} translation ${words}: ${translation.title}`
    const comment = translation.reviewComment
      ? `\n\nThe editor wrote:\n${translation.reviewComment}`
      : ''
    text = `Your ${language} translation of “${translation.title}” ${words}.${comment}\n\nOpen it: ${adminLink(translation.id)}`
  }
  if (to.length === 0) return
  await sendNotice(payload, { to, subject, text })
}

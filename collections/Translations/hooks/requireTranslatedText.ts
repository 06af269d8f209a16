import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { adminText } from '@/i18n/adminText'
import { linkProblems } from '@/lib/translations/links'
import {
  needsConfirmation,
  sameAsOriginal,
  type SegmentedText,
  segmentName,
  untranslatedSegments,
} from '@/lib/translations/segments'
import type { Translation } from '@/payload-types'

/** Where the admin shows a segment's problem: its field (the text's blocks are all in `body`). */
const fieldOf = (segment: string) => (segment.startsWith('body.') ? 'body' : segment)

/**
 * Only a whole translation goes to review, and so to readers: submitting, and accepting, are
 * refused while a segment the original has text in is empty, or a link of the original is lost
 * (or one it does not have added), with the XLIFF import's messages. Drafts may be saved as they are.
 * Accepting a standfirst or text left word for word as in the original takes the reviewer's tick.
 * Runs after enforceWorkflow, on the status and source snapshot it settled. Accepted and rejected
 * translations are final and are not checked again.
 */
export const requireTranslatedText: CollectionBeforeChangeHook<Translation> = ({
  data,
  originalDoc,
}) => {
  const from = originalDoc?.status ?? 'draft'
  const to = data.status
  if (to !== 'submitted' && !(to === 'accepted' && from !== 'accepted')) return data

  // enforceWorkflow records the source with every new or changed text, so every translation has one.
  const original = (data.sourceSnapshot ?? originalDoc?.sourceSnapshot ?? {}) as SegmentedText
  const translation = { ...originalDoc, ...data }
  const untranslated = untranslatedSegments(original, translation).map(({ segment, message }) => ({
    path: fieldOf(segment),
    label: segmentName(segment),
    message,
  }))
  // A field's links are judged once all of its text is there: an empty block has lost its links too.
  const links = linkProblems(original, translation)
    .filter(({ field }) => !untranslated.some(({ path }) => path === field))
    .map(({ field, label, message }) => ({ path: field, label, message }))
  const errors = [...untranslated, ...links]
  if (errors.length > 0) throw new ValidationError({ collection: 'translations', errors })

  const unconfirmed = sameAsOriginal(original, translation).filter(needsConfirmation)
  if (to === 'accepted' && unconfirmed.length > 0 && data.acceptSameAsOriginal !== true) {
    const label = adminText.acceptSameAsOriginal.en
    throw new ValidationError({
      collection: 'translations',
      errors: [
        {
          path: 'acceptSameAsOriginal',
          label,
          message: `The same as the original: ${unconfirmed.map(segmentName).join('; ')}. Check it, then tick “${label}” to accept it as it is, or ask for changes.`,
        },
      ],
    })
  }
  return data
}

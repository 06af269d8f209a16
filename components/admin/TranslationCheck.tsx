import type { UIFieldServerProps } from 'payload'

import { adminText } from '@/i18n/adminText'
import { inAdminLanguage } from '@/i18n/label'
import {
  sameAsOriginal,
  type SegmentedText,
  segmentName,
  untranslatedSegments,
} from '@/lib/translations/segments'

/**
 * In a translation's sidebar, until it is reviewed: the parts still to translate (submitting is
 * refused until there are none), and the parts that read word for word as the original, for the
 * translator to check and the reviewer to see before accepting.
 */
export function TranslationCheck({ data, i18n }: UIFieldServerProps) {
  const original = data?.sourceSnapshot as SegmentedText | null | undefined
  if (!original || data?.status === 'accepted' || data?.status === 'rejected') return null
  const translation = data as SegmentedText
  const untranslated = untranslatedSegments(original, translation).map((error) => error.segment)
  const same = sameAsOriginal(original, translation)
  if (untranslated.length === 0 && same.length === 0) return null
  return (
    <div className="amicus-notice amicus-translation-check" role="status">
      {untranslated.length > 0 ? (
        <Parts
          heading={inAdminLanguage(adminText.untranslatedParts, i18n)}
          segments={untranslated}
        />
      ) : null}
      {same.length > 0 ? (
        <Parts heading={inAdminLanguage(adminText.sameAsOriginalParts, i18n)} segments={same} />
      ) : null}
    </div>
  )
}

function Parts({ heading, segments }: { heading: string; segments: string[] }) {
  return (
    <>
      <p>{heading}</p>
      <ul>
        {segments.map((segment) => (
          <li key={segment}>{segmentName(segment)}</li>
        ))}
      </ul>
    </>
  )
}

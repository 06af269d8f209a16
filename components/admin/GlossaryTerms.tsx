import type { UIFieldServerProps } from 'payload'

import { adminText } from '@/i18n/adminText'
import { inAdminLanguage } from '@/i18n/label'
import { isTargetLocale, langAttributes, sourceLocale } from '@/i18n/locales'
import { glossaryBySegment, glossaryDeviations } from '@/lib/glossary/match'
import { glossaryEntries } from '@/lib/glossary/read'
import { type SegmentedText, segmentName } from '@/lib/translations/segments'
import { awaitingReview } from '@/lib/translations/workflow'

/**
 * In a translation's sidebar, until it is reviewed: per part of the original, the glossary terms
 * it has and their approved translation in this language. While it waits for review, the parts
 * whose translation lacks an approved term come first, as a warning to the reviewer (accepting
 * is not refused: a sentence may rightly say it otherwise).
 */
export async function GlossaryTerms({ data, i18n, payload, req }: UIFieldServerProps) {
  const original = data?.sourceSnapshot as SegmentedText | null | undefined
  const locale: unknown = data?.locale
  if (!original || !isTargetLocale(locale)) return null
  if (data?.status === 'accepted' || data?.status === 'rejected') return null
  const entries = await glossaryEntries(payload, req)
  const segments = glossaryBySegment(entries, original, locale)
  if (segments.length === 0) return null
  const deviations = awaitingReview(data)
    ? glossaryDeviations(entries, original, data as SegmentedText, locale)
    : []
  const target = langAttributes(locale)
  return (
    <div className="amicus-glossary">
      {deviations.length > 0 ? (
        <div className="amicus-notice amicus-glossary-deviations" role="status">
          <p>{inAdminLanguage(adminText.glossaryDeviations, i18n)}</p>
          <ul>
            {deviations.map(({ segment, term, approved }) => (
              <li key={`${segment} ${term}`}>
                {segmentName(segment)}: <span lang={sourceLocale}>“{term}”</span> →{' '}
                <bdi {...target}>{approved}</bdi>{' '}
                {inAdminLanguage(adminText.glossaryNotFound, i18n)}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <details open={deviations.length === 0}>
        <summary>{inAdminLanguage(adminText.glossaryInSegments, i18n)}</summary>
        {segments.map(({ segment, terms }) => (
          <section key={segment} className="amicus-glossary__segment">
            <h4>{segmentName(segment)}</h4>
            <dl>
              {terms.map(({ entry, approved }) => (
                <div key={entry.term}>
                  <dt lang={sourceLocale}>{entry.term}</dt>
                  <dd {...target}>{approved ?? '—'}</dd>
                  {entry.note ? <dd className="amicus-help">{entry.note}</dd> : null}
                </div>
              ))}
            </dl>
          </section>
        ))}
      </details>
    </div>
  )
}

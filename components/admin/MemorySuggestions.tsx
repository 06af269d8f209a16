import type { UIFieldServerProps } from 'payload'

import { adminText } from '@/i18n/adminText'
import { adminLocale, inAdminLanguage } from '@/i18n/label'
import { isTargetLocale, langAttributes, sourceLocale } from '@/i18n/locales'
import {
  fuzzySuggestions,
  type FuzzySuggestion,
  isLookupTimeout,
} from '@/lib/translationMemory/fuzzy'
import { segmentsToTranslate, similarityPercent } from '@/lib/translationMemory/suggestions'
import { segmentName, type SegmentedText } from '@/lib/translations/segments'
import { type SourceText, wordDiff } from '@/lib/translations/source'
import { canEditText, isTranslationStatus } from '@/lib/translations/workflow'

import { DiffText } from './SourceDiff'

/**
 * In a large memory a one-sentence segment's lookup can take seconds (docs/performance.md): the
 * form waits this long at most, then says the suggestions are missing rather than hold the
 * translator up.
 */
const lookupTimeoutMs = 3000

/**
 * Under a translation's text, while it is being written: for each part still to translate, the
 * closest earlier translations in the memory (of any statement, same languages), with how
 * similar their original is, where it differs, and the translation to start from.
 */
export async function MemorySuggestions({ data, i18n, req }: UIFieldServerProps) {
  const original = data?.sourceSnapshot as SourceText | null | undefined
  const locale = data?.locale
  // While the translator can still write: a new translation, a draft, one sent back.
  const writing = !isTranslationStatus(data?.status) || canEditText('translator', data.status)
  if (!original || !isTargetLocale(locale) || !writing) return null
  const segments = segmentsToTranslate(original, data as SegmentedText)
  if (segments.length === 0) return null
  const found = await fuzzySuggestions(
    req.payload,
    { sourceLocale, targetLocale: locale },
    segments.map((segment) => segment.text),
    { timeoutMs: lookupTimeoutMs },
  ).catch((error: unknown) => {
    if (isLookupTimeout(error)) return null
    throw error
  })
  const text = (label: keyof typeof adminText) => inAdminLanguage(adminText[label], i18n)
  if (!found)
    return (
      <section className="amicus-memory" aria-labelledby="amicus-memory-heading">
        <h3 id="amicus-memory-heading">{text('memorySuggestions')}</h3>
        <p>{text('memorySuggestionsTooSlow')}</p>
      </section>
    )
  const offered = segments
    .map((segment, index) => ({ ...segment, suggestions: found[index] }))
    .filter((segment) => segment.suggestions.length > 0)
  return (
    <section className="amicus-memory" aria-labelledby="amicus-memory-heading">
      <h3 id="amicus-memory-heading">{text('memorySuggestions')}</h3>
      {offered.length === 0 ? (
        <p>{text('memorySuggestionsNone')}</p>
      ) : (
        <>
          <p className="amicus-help">{text('memorySuggestionsHelp')}</p>
          {offered.map((segment) => (
            <div key={segment.id} className="amicus-memory__segment">
              <h4>{segmentName(segment.id)}</h4>
              <ol>
                {segment.suggestions.map((suggestion) => (
                  <Suggestion
                    key={suggestion.id}
                    suggestion={suggestion}
                    segmentText={segment.text}
                    text={text}
                    score={similarityPercent(suggestion.score, adminLocale(i18n))}
                    {...langAttributes(locale)}
                  />
                ))}
              </ol>
            </div>
          ))}
        </>
      )}
    </section>
  )
}

function Suggestion({
  suggestion,
  segmentText,
  score,
  text,
  lang,
  dir,
}: {
  suggestion: FuzzySuggestion
  segmentText: string
  score: string
  text: (label: keyof typeof adminText) => string
} & ReturnType<typeof langAttributes>) {
  const origin = suggestion.origin === 'tmx' ? 'memoryFromTmx' : 'memoryFromAccepted'
  return (
    <li>
      <p>
        <strong>
          {score} {text('memorySuggestionSimilar')}
        </strong>{' '}
        · {text(origin)}
        {suggestion.statement ? (
          <>
            {' · '}
            <a href={`/admin/collections/statements/${suggestion.statement}`}>
              {text('statement')} {suggestion.statement}
            </a>
          </>
        ) : null}
      </p>
      <dl className="amicus-diff">
        <dt>{text('memorySuggestionOriginal')}</dt>
        <dd {...langAttributes(sourceLocale)}>
          <DiffText parts={wordDiff(suggestion.sourceText, segmentText)} />
        </dd>
        <dt>{text('memorySuggestionTranslation')}</dt>
        <dd lang={lang} dir={dir}>
          {suggestion.targetText}
        </dd>
      </dl>
    </li>
  )
}

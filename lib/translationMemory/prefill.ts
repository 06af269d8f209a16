import type { PayloadRequest } from 'payload'

import { sourceLocale, type TargetLocale } from '@/i18n/locales'
import type { StatementSource } from '@/lib/translations/statementSource'
import type { TranslatableFields, XliffUnit } from '@/lib/translations/xliff/model'
import { translatedFields } from '@/lib/translations/xliff/rebuild'

import { memoryMatches, rememberedTarget, sourceSegments } from './segments'

/**
 * A new translation's text: each segment whose source the memory has translated before (an
 * exact match, tags and all) in that translation, every other segment in the original, so that
 * its links and structure are there to translate over. Built the way an XLIFF file's targets
 * are, so a pre-filled body is the source's with its blocks' words replaced.
 */
export async function prefilledTranslation(
  req: PayloadRequest,
  current: StatementSource,
  locale: TargetLocale,
): Promise<TranslatableFields> {
  const source = { ...current.source, slug: null }
  const segments = sourceSegments(current.source)
  const matches = await memoryMatches(req, locale, segments)
  const units = new Map<string, XliffUnit>(
    segments.map((segment) => {
      const entry = matches.get(segment.id)
      return [segment.id, { target: entry ? rememberedTarget(segment, entry) : segment.value }]
    }),
  )
  return translatedFields(
    {
      statementId: current.statement.id,
      sourceLocale,
      targetLocale: locale,
      sourceRevision: current.revision,
      source,
    },
    segments,
    units,
  )
}

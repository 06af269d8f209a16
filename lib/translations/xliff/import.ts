import { segmentsOf } from './export'
import type { ExpectedFile, XliffImportResult } from './model'
import { translatedFields } from './rebuild'
import { readXliff, translationErrors } from './validate'

/**
 * A translated file back from a CAT tool: the translation it holds, or every problem with it.
 * Its segments are matched to the source's as exported now.
 */
export function importXliff(xml: string, expected: ExpectedFile): XliffImportResult {
  const file = readXliff(xml, expected)
  if (!file.ok) return file
  const segments = segmentsOf(expected.source)
  // Whether the translation is complete is judged on what would be saved, by the rule every
  // translation answers to, whichever way it comes in.
  const fields = translatedFields(expected, segments, file.units)
  const errors = translationErrors(expected.source, fields, segments, file.units)
  return errors.length > 0 ? { ok: false, errors } : { ok: true, fields }
}

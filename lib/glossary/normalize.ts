/**
 * Text as the glossary compares it: the same words typed on different keyboards or pasted from
 * different tools read the same. Composed Unicode (NFC), lower case, one kind of apostrophe, of
 * quotation mark, of hyphen and of space, and Arabic without its optional marks (short vowels,
 * shadda, sukun) or the tatweel that only stretches a line. Accents are kept: « Etats » is not
 * « États ».
 */
const apostrophes = /[\u2018\u2019\u201B\u02BC\u2032\u0060\u00B4]/g
const quotes = /[\u00AB\u00BB\u201C\u201D\u201E\u201F\u2039\u203A\u2033]/g
const hyphens = /[\u2010\u2011\u2012\u2013]/g
// Invisible: a soft hyphen, and the zero-width characters some editors leave behind.
const invisible = /[\u00AD\u200B\u200C\u200D\u2060\uFEFF]/g
// Every space, including the no-break and narrow no-break spaces French puts before « : ; ! ? ».
const spaces = /[\s\u00A0\u202F\u2007\u2009\u200A]+/g
const arabicMarks = /[\u064B-\u065F\u0670\u0640]/g

export function normalizeForGlossary(text: string): string {
  return text
    .normalize('NFC')
    .replace(arabicMarks, '')
    .replace(invisible, '')
    .replace(apostrophes, "'")
    .replace(quotes, '"')
    .replace(hyphens, '-')
    .replace(spaces, ' ')
    .trim()
    .toLowerCase()
}

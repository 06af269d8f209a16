/**
 * The longest text each field may hold, in characters (Unicode code points, as Postgres's
 * char_length counts them), chosen from where the text is shown. Every way text comes in (the
 * admin, REST, GraphQL, XLIFF files, the reactions CSV import) answers to these numbers, and
 * translations to the same ones as the original. The reference statement (shared data,
 * 2024-05-31) has a 111-character title (127 in Spanish) and a 246-character standfirst (276 in
 * French and Spanish): translations run 10-25% longer than English.
 */
export const lengthLimits = {
  // The page's h1, its share title and, without an SEO title, its browser and search title.
  // Room for the reference title in any of its languages (127) and a quarter more; past that
  // a headline fills a phone's first screen.
  title: 160,
  // The bold lead above the text and on every card of the home page and lists, and the search
  // description when there is none. Two sentences: the reference's (276 translated) and some room.
  standfirst: 320,
  // Search results show about 60 characters of a page title (≈600 px) and cut the rest; the
  // site adds " · Amicus" after it, which is the part they may cut.
  seoTitle: 60,
  // Search results show about 155-160 characters of a description; share cards fewer.
  seoDescription: 160,
  // The address: readable in full in the address bar, in search results and in a pasted link.
  // Slugs made from a title are cut at a word boundary to this length, and the reference's
  // fit (69-74 characters in each language).
  slug: 80,
  // "One or two sentences" beside each reaction on the tracker and State pages, shown in full.
  // The reference reactions' summaries are 88-135 characters; two long sentences fit in 300.
  reactionSummary: 300,
  // The tracker shows the quote in full under the summary, with the source linked for the rest.
  // The reference quote is 226 characters; 500 (about 80 words) is an excerpt, not a speech.
  reactionQuote: 500,
} as const

export type LimitedField = keyof typeof lengthLimits

/** Characters as a person (and Postgres) counts them: an emoji or an Arabic letter is one. */
export function characterCount(text: string): number {
  let count = 0
  for (const _ of text) count++
  return count
}

/** What an editor reads under a field while typing: "57 / 90", and whether it is over. */
export function lengthCounter(text: unknown, limit: number): { text: string; over: boolean } {
  const count = typeof text === 'string' ? characterCount(text) : 0
  return { text: `${count} / ${limit}`, over: count > limit }
}

/** "Title is 812 characters; the limit is 160.", or null when `value` fits (or is no text). */
export function lengthProblem(name: string, value: unknown, limit: number): string | null {
  if (typeof value !== 'string') return null
  const count = characterCount(value)
  return count > limit ? `${name} is ${count} characters; the limit is ${limit}.` : null
}

/**
 * `text` cut to at most `limit` characters at the last word boundary, ending with an ellipsis
 * (counted), for text stored before the limits. Text that fits comes back as it is.
 */
export function shortenToLimit(text: string, limit: number): string {
  const characters = [...text]
  if (characters.length <= limit) return text
  const room = characters.slice(0, limit - 1).join('')
  // The word at the cut is dropped, unless the cut falls between words; a single huge word is cut.
  const wholeWords = /\s/u.test(characters[limit - 1]) ? room : room.replace(/\s+\S*$/u, '')
  const kept = (wholeWords.trim() ? wholeWords : room).replace(/[\s,;:.\-–—]+$/u, '')
  return `${kept}…`
}

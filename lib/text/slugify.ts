import { lengthLimits } from './lengthLimits'

/**
 * A URL slug from any script: Latin letters lose their accents ("défendre" → "defendre"),
 * Arabic keeps its letters (hamza forms included) and drops optional vowel marks, and
 * everything else becomes a single hyphen. Cut at a word boundary so addresses stay readable.
 */
export function slugify(text: string, maxLength: number = lengthLimits.slug): string {
  const slug = text
    .normalize('NFD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .replace(/[\u064B-\u0652\u0670\u0640]/gu, '')
    .normalize('NFC')
    .toLocaleLowerCase('en')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
  if (slug.length <= maxLength) return slug
  const cut = slug.slice(0, maxLength + 1)
  const lastHyphen = cut.lastIndexOf('-')
  return (lastHyphen > maxLength / 2 ? cut.slice(0, lastHyphen) : slug.slice(0, maxLength)).replace(
    /-+$/,
    '',
  )
}

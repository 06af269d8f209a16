/**
 * Next answers a path with a broken %-escape (`/en/%FF`) with a 500 before any page runs
 * (vercel/next.js#92527); such an address can only be a mistake or a probe.
 */
export function decodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname)
    return true
  } catch {
    return false
  }
}

/** A %-escape of a character that needs none: a letter, a digit, `-`, `_` or `~` (not `.`, which would make dot-segments). */
const needlessEscape = /%(?:3[0-9]|4[1-9A-F]|5[0-9A]|6[1-9A-F]|7[0-9A]|2D|5F|7E)/gi

/**
 * The address without needless escapes (`/%65n` is `/en`), or null when it has none. Next finds
 * the same page for both spellings, and a page rendered for the odd one would be cached with
 * links made from it (the language switcher's) for every reader of the plain one.
 */
export function plainSpelling(pathname: string): string | null {
  needlessEscape.lastIndex = 0
  if (!needlessEscape.test(pathname)) return null
  return pathname.replace(needlessEscape, (escape) => decodeURIComponent(escape))
}

/** A public page's text, and whether Next served it from its cache (`x-nextjs-cache`). */
export async function readPage(
  origin: string,
  pagePath: string,
): Promise<{ text: string; cache: string | null }> {
  const response = await fetch(origin + pagePath)
  return { text: await response.text(), cache: response.headers.get('x-nextjs-cache') }
}

/**
 * Reads `pagePath` until `shows` holds of its text, for at most 10 s from `since`: the
 * milliseconds it took from `since`, or null. How the suites time a change reaching readers.
 */
export async function whenShown(
  origin: string,
  pagePath: string,
  shows: (text: string) => boolean,
  since: number,
): Promise<number | null> {
  while (Date.now() - since < 10_000) {
    if (shows((await readPage(origin, pagePath)).text)) return Date.now() - since
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return null
}

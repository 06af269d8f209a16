import { revalidateTag } from 'next/cache'

/**
 * Marks cache tags stale: the next reader of a page gets the cached copy while a fresh one is
 * rendered, and everyone after gets the fresh one (a publish shows within a request or two).
 * Expiring outright would make that reader wait, and would turn the page into an error while
 * the database is down; stale, it keeps being served through an outage. Seeds and bulk imports
 * set `context.disableRevalidate`: they run outside Next.js and would revalidate thousands of
 * times for nothing.
 */
export function revalidate(context: Record<string, unknown>, tags: readonly string[]): void {
  if (context.disableRevalidate) return
  try {
    for (const tag of new Set(tags)) revalidateTag(tag, 'max')
  } catch (error) {
    // Outside a Next.js request (a script without disableRevalidate) there is no cache to
    // mark; say so rather than failing the editor's save.
    if (error instanceof Error && error.message.includes('static generation store missing')) {
      console.warn(`Cache not revalidated (no Next.js request): ${tags.join(', ')}`)
      return
    }
    throw error
  }
}

import { revalidateTag } from 'next/cache'

/**
 * Expires cache tags right away (not stale-while-revalidate), so the next reader sees the
 * change. Seeds and bulk imports set `context.disableRevalidate`: they run outside Next.js
 * and would revalidate thousands of times for nothing.
 */
export function revalidate(context: Record<string, unknown>, tags: readonly string[]): void {
  if (context.disableRevalidate) return
  try {
    for (const tag of new Set(tags)) revalidateTag(tag, { expire: 0 })
  } catch (error) {
    // Outside a Next.js request (a script without disableRevalidate) there is no cache to
    // expire; say so rather than failing the editor's save.
    if (error instanceof Error && error.message.includes('static generation store missing')) {
      console.warn(`Cache not revalidated (no Next.js request): ${tags.join(', ')}`)
      return
    }
    throw error
  }
}

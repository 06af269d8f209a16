import { revalidateTag } from 'next/cache'

/**
 * Expires cache tags right away (not stale-while-revalidate), so the next reader sees the
 * change. Seeds and bulk imports set `context.disableRevalidate`: they run outside Next.js
 * and would revalidate thousands of times for nothing.
 */
export function revalidate(context: Record<string, unknown>, tags: readonly string[]): void {
  if (context.disableRevalidate) return
  for (const tag of new Set(tags)) revalidateTag(tag, { expire: 0 })
}

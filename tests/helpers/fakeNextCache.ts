/**
 * Stands in for `next/cache` outside Next.js: records the tags the hooks revalidate, and lets
 * `unstable_cache` run its function straight through. Use with
 * `vi.mock('next/cache', () => import('../helpers/fakeNextCache'))`.
 */
export const revalidated: string[] = []

export function revalidateTag(tag: string): void {
  revalidated.push(tag)
}

export function unstable_cache<T extends (...args: never[]) => unknown>(fn: T): T {
  return fn
}

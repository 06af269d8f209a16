/**
 * V8 grows its heap lazily when memory is plentiful: under load the server reached 700 MB and
 * was still climbing after two minutes, with no leak (capped, it stays flat; see `npm run soak`).
 * `next start` therefore runs with its old space capped at SERVER_HEAP_MB (384 by default), which
 * keeps the whole process near 400 MB; NODE_OPTIONS that already set a cap win.
 */
export function serverNodeOptions(
  source: Record<string, string | undefined> = process.env,
): string {
  const current = source.NODE_OPTIONS ?? ''
  if (current.includes('--max-old-space-size')) return current
  const megabytes = Number(source.SERVER_HEAP_MB ?? 384)
  if (!Number.isInteger(megabytes) || megabytes < 128)
    throw new Error(
      `SERVER_HEAP_MB must be a whole number of megabytes, at least 128 (it is “${source.SERVER_HEAP_MB}”).`,
    )
  return `${current} --max-old-space-size=${megabytes}`.trim()
}

/**
 * The most a refused body is read for. The edge refuses anything over 25 MB itself
 * (deploy/nginx.conf); past this, the app may cut the connection instead of answering.
 */
const drainedAtMost = 32 * 1024 * 1024

type Upload = { headers: Headers; body?: ReadableStream<Uint8Array> | null }

/**
 * Whether the request declares a body over `maxBytes`. If it does, the body is read and dropped
 * first: a refusal sent while the client is still sending reaches it as a broken connection
 * ("EPIPE", "connection reset"), not as the 413 that says why.
 */
export async function declaresTooLarge(request: Upload, maxBytes: number): Promise<boolean> {
  const declared = Number(request.headers.get('content-length') ?? 0)
  if (!(declared > maxBytes)) return false
  if (declared <= drainedAtMost && request.body && !request.body.locked)
    await request.body.pipeTo(new WritableStream()).catch(() => {})
  return true
}

import { describe, expect, it } from 'vitest'

import { declaresTooLarge } from '@/lib/errors/oversizedBody'

/** A body that counts the bytes read from it. */
function upload(bytes: number) {
  let read = 0
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const chunk = new Uint8Array(Math.min(64 * 1024, bytes - read))
      read += chunk.length
      controller.enqueue(chunk)
      if (read >= bytes) controller.close()
    },
  })
  const headers = new Headers({ 'content-length': String(bytes) })
  return { request: { headers, body }, read: () => read }
}

describe('a body declared too large', () => {
  it('is read to its end before the refusal, so the client gets the answer', async () => {
    const { request, read } = upload(3 * 1024 * 1024)
    expect(await declaresTooLarge(request, 1024 * 1024)).toBe(true)
    expect(read()).toBe(3 * 1024 * 1024)
  })

  it('is left unread when within the limit, for the endpoint to read', async () => {
    const { request, read } = upload(512 * 1024)
    expect(await declaresTooLarge(request, 1024 * 1024)).toBe(false)
    expect(request.body.locked).toBe(false)
    expect(read()).toBeLessThan(512 * 1024)
  })

  it('is not read past what the edge would let through', async () => {
    const { request, read } = upload(40 * 1024 * 1024)
    expect(await declaresTooLarge(request, 1024 * 1024)).toBe(true)
    expect(read()).toBeLessThan(40 * 1024 * 1024)
  })
})

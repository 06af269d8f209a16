import { expect } from 'vitest'

/** A statement published through `origin`'s REST API in English, as an editor's save does. */
export async function publishStatement(
  origin: string,
  token: string,
  data: { title: string; kind: string },
): Promise<{ id: number; slug: string }> {
  const response = await fetch(`${origin}/api/statements?locale=en`, {
    method: 'POST',
    headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ ...data, publishedAt: '2026-12-01', _status: 'published' }),
  })
  const reply = (await response.json()) as { doc: { id: number; slug: string } }
  expect(response.status, JSON.stringify(reply)).toBe(201)
  return reply.doc
}

/** Other files count the published statements: what a test publishes goes when it ends. */
export async function deleteStatement(origin: string, token: string, id: number): Promise<void> {
  const response = await fetch(`${origin}/api/statements/${id}`, {
    method: 'DELETE',
    headers: { authorization: `JWT ${token}` },
  })
  expect(response.status).toBe(200)
}

import { randomBytes } from 'node:crypto'

import type pg from 'pg'

import { percentile } from './measure'

/** PATCH a statement's title through the REST API, poll the public page until it shows; 20 times. */
export async function publishToVisible(
  apiOrigin: string,
  readOrigin: string,
  db: pg.Client,
  admin: { email: string; password: string },
): Promise<{ p50: number; p95: number; max: number } | null> {
  const login = await fetch(`${apiOrigin}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(admin),
  })
  const { token } = (await login.json()) as { token?: string }
  if (!token) return null
  const { rows } = await db.query<{ id: number; slug: string }>(
    `SELECT s.id, l.slug FROM statements s JOIN statements_locales l ON l._parent_id = s.id AND l._locale = 'en' WHERE l.slug LIKE 'bench-en-%' ORDER BY s.id DESC LIMIT 1 OFFSET 1`,
  )
  const { id, slug } = rows[0]
  const page = `${readOrigin}/en/statements/${slug}`
  await fetch(page)
  const times: number[] = []
  for (let round = 1; round <= 20; round++) {
    // Editors do not publish in step with the edge's one-second clock: start at a random moment.
    await new Promise((resolve) => setTimeout(resolve, Math.random() * 1000))
    const title = `Benchmark publish ${round} ${randomBytes(3).toString('hex')}`
    const started = Date.now()
    const response = await fetch(`${apiOrigin}/api/statements/${id}?locale=en`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: JSON.stringify({ title, slug, _status: 'published' }),
    })
    if (!response.ok) throw new Error(`PATCH answered ${response.status}: ${await response.text()}`)
    while (Date.now() - started < 10_000) {
      if ((await (await fetch(page)).text()).includes(title)) break
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    times.push(Date.now() - started)
  }
  return { p50: percentile(times, 50), p95: percentile(times, 95), max: Math.max(...times) }
}

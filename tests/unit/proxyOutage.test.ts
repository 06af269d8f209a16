import { NextRequest } from 'next/server'
import { describe, expect, it, vi } from 'vitest'

// Nothing listens on port 1: the database is "down" for this file's proxy.
vi.hoisted(() => {
  process.env.DATABASE_URL = 'postgres://amicus@127.0.0.1:1/amicus'
})

const { default: proxy } = await import('@/proxy')

const get = (path: string) => proxy(new NextRequest(new URL(path, 'http://amicus.test')))

describe('the proxy while the database is down', () => {
  it('answers live pages with a 503 in the reader’s language, at once', async () => {
    const started = Date.now()
    const french = await get('/fr/search?q=cour')
    expect(french.status).toBe(503)
    expect(french.headers.get('retry-after')).toBe('30')
    expect(await french.text()).toContain('<html lang="fr" dir="ltr">')
    expect((await get('/es/reactions?from=2024-01-01')).status).toBe(503)
    const arabic = await get('/ar/reactions.csv')
    expect(arabic.status).toBe(503)
    expect(await arabic.text()).toContain('<html lang="ar" dir="rtl">')
    expect(Date.now() - started).toBeLessThan(2000)
  })

  it('still says which tracker filters it cannot apply: that needs no database', async () => {
    const response = await get('/es/reactions?party=maybe')
    expect(response.status).toBe(400)
    expect(await response.text()).toContain('«party» no puede ser «maybe»')
  })

  it('leaves cached views to Next: the tracker’s and the index’s', async () => {
    const response = await get('/en/reactions')
    expect(response.status).toBe(200)
    expect(response.headers.get('x-middleware-next')).toBe('1')
    const filtered = await get('/es/reactions?stance=condemns')
    expect(filtered.headers.get('x-middleware-request-x-amicus-view')).toBe('stance=condemns')
    const index = await get('/en/statements?page=2')
    expect(index.headers.get('x-middleware-request-x-amicus-view')).toBe('page=2')
  })
})

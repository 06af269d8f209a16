import { NextRequest } from 'next/server'
import { describe, expect, it, vi } from 'vitest'

import { notFoundCacheControl } from '@/lib/proxy/statementAddress'
import proxy from '@/proxy'

// The slug map holds one statement, `known`, whose French address is `connu`.
vi.mock('@/lib/data/statements', () => ({
  findStatementAddress: async (locale: string, slug: string) => {
    if (slug === 'known') return { id: 1, slug: locale === 'fr' ? 'connu' : 'known' }
    if (slug === 'connu') return { id: 1, slug: 'connu' }
    return null
  },
}))

const get = (path: string) => proxy(new NextRequest(new URL(path, 'http://amicus.test')))

describe('a statement address the slug map does not hold', () => {
  it('is left to the page’s 404, which a shared cache may keep for seconds only', async () => {
    expect(notFoundCacheControl).toMatch(/s-maxage=[1-9]\b/)
    for (const path of ['/en/statements/not-published-yet', '/ar/statements/%D9%84%D8%A7']) {
      const response = await get(path)
      expect(response.headers.get('x-middleware-next'), path).toBe('1')
      expect(response.headers.get('cache-control'), path).toBe(notFoundCacheControl)
    }
  })

  it('leaves a published statement’s own lifetime to Next, and still redirects its other addresses', async () => {
    const page = await get('/en/statements/known')
    expect(page.headers.get('x-middleware-next')).toBe('1')
    expect(page.headers.get('cache-control')).toBeNull()
    const other = await get('/fr/statements/known')
    expect(other.status).toBe(308)
    expect(new URL(other.headers.get('location') ?? '').pathname).toBe('/fr/statements/connu')
  })
})

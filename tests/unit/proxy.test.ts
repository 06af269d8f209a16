import { NextRequest } from 'next/server'
import { describe, expect, it } from 'vitest'

import { localeCodes } from '@/i18n/locales'
import proxy, { config } from '@/proxy'

function request(pathname: string, headers: Record<string, string> = {}) {
  return new NextRequest(new URL(pathname, 'http://amicus.test'), { headers })
}

const location = (response: Response) => response.headers.get('location')

describe('locale proxy', () => {
  it('sends / to the language the browser prefers', () => {
    expect(location(proxy(request('/', { 'accept-language': 'fr-CH, fr;q=0.9, en;q=0.8' })))).toBe('http://amicus.test/fr')
    expect(location(proxy(request('/', { 'accept-language': 'ar-EG,ar;q=0.9' })))).toBe('http://amicus.test/ar')
  })

  it('prefers the language the reader chose before (cookie) over the browser', () => {
    const response = proxy(request('/', { 'accept-language': 'fr', cookie: 'NEXT_LOCALE=es' }))
    expect(location(response)).toBe('http://amicus.test/es')
  })

  it('falls back to English for languages we do not publish', () => {
    expect(location(proxy(request('/', { 'accept-language': 'de-DE,de;q=0.9' })))).toBe('http://amicus.test/en')
    expect(location(proxy(request('/')))).toBe('http://amicus.test/en')
  })

  it('adds a locale to unprefixed paths', () => {
    expect(location(proxy(request('/statements', { 'accept-language': 'es' })))).toBe('http://amicus.test/es/statements')
  })

  it('lets unknown locales through to the 404 page instead of redirecting them', () => {
    for (const path of ['/xx', '/xx/statements', '/pt-BR']) {
      const response = proxy(request(path))
      expect(location(response)).toBeNull()
      expect(response.headers.get('x-middleware-next')).toBe('1')
    }
  })

  it('is kept off paths that already carry one of our locales, and only those', () => {
    // Next matches `config.matcher` as a path-to-regexp pattern anchored at both ends.
    const matches = (path: string) => new RegExp(`^${config.matcher}$`).test(path)
    for (const code of localeCodes) {
      expect(matches(`/${code}`)).toBe(false)
      expect(matches(`/${code}/statements/some-slug`)).toBe(false)
    }
    expect(config.matcher).toContain(`(?:${localeCodes.join('|')})`)
    for (const path of ['/', '/statements', '/xx', '/xx/statements', '/pt-BR', '/english']) expect(matches(path)).toBe(true)
    for (const path of ['/api/statements', '/admin', '/_next/static/x.js', '/en/feed.xml', '/favicon.ico']) expect(matches(path)).toBe(false)
  })
})

import { NextRequest } from 'next/server'
import { describe, expect, it } from 'vitest'

import { localeCodes } from '@/i18n/locales'
import { env } from '@/lib/env'
import { viewHeader } from '@/lib/proxy/liveHeaders'
import proxy, { config } from '@/proxy'

function request(pathname: string, headers: Record<string, string> = {}) {
  return new NextRequest(new URL(pathname, 'http://amicus.test'), { headers })
}

const location = (response: Response) => response.headers.get('location')

describe('locale proxy', () => {
  it('sends / to the language the browser prefers', async () => {
    expect(
      location(await proxy(request('/', { 'accept-language': 'fr-CH, fr;q=0.9, en;q=0.8' }))),
    ).toBe('http://amicus.test/fr')
    expect(location(await proxy(request('/', { 'accept-language': 'ar-EG,ar;q=0.9' })))).toBe(
      'http://amicus.test/ar',
    )
  })

  it('prefers the language the reader chose before (cookie) over the browser', async () => {
    const response = await proxy(
      request('/', { 'accept-language': 'fr', cookie: 'NEXT_LOCALE=es' }),
    )
    expect(location(response)).toBe('http://amicus.test/es')
  })

  it('falls back to English for languages we do not publish', async () => {
    expect(location(await proxy(request('/', { 'accept-language': 'de-DE,de;q=0.9' })))).toBe(
      'http://amicus.test/en',
    )
    expect(location(await proxy(request('/')))).toBe('http://amicus.test/en')
  })

  it('adds a locale to unprefixed paths', async () => {
    expect(location(await proxy(request('/statements', { 'accept-language': 'es' })))).toBe(
      'http://amicus.test/es/statements',
    )
  })

  it('redirects our languages spelled otherwise (upper case, with a region) to our spelling, for good', async () => {
    for (const [path, expected] of [
      ['/EN/statements', '/en/statements'],
      ['/Fr', '/fr'],
      ['/fr-FR/reactions?stance=supports', '/fr/reactions?stance=supports'],
      ['/ar-eg/states/eg', '/ar/states/eg'],
      ['/ES-419/search?q=corte', '/es/search?q=corte'],
    ]) {
      const response = await proxy(request(path, { 'accept-language': 'ar' }))
      expect(response.status).toBe(308)
      expect(location(response)).toBe(`http://amicus.test${expected}`)
    }
  })

  it('answers other languages with the 404 page in the reader’s language, which no shared cache keeps', async () => {
    for (const [path, acceptLanguage, cookie, expected] of [
      ['/xx/statements', 'fr-CH, fr;q=0.9', '', '/fr/xx/statements'],
      ['/pt/statements', 'pt-BR, ar;q=0.8', '', '/ar/pt/statements'],
      ['/pt-BR', 'de', '', '/en/pt-BR'],
      ['/xx', 'fr', 'NEXT_LOCALE=es', '/es/xx'],
    ]) {
      const response = await proxy(request(path, { 'accept-language': acceptLanguage, cookie }))
      expect(location(response)).toBeNull()
      expect(response.headers.get('x-middleware-rewrite')).toBe(`http://amicus.test${expected}`)
      expect(response.headers.get('cache-control')).toBe('private, no-store')
      expect(response.headers.get('vary')).toBe('accept-language, cookie')
    }
  })

  it('leaves the embeds, which carry their language after /embed, and the oEmbed endpoint alone', () => {
    const general = new RegExp(`^${config.matcher[0]}$`)
    for (const path of ['/embed/en/count', '/embed/ar/states/sn', '/oembed'])
      expect(general.test(path), path).toBe(false)
    for (const path of ['/embedded', '/oembeds', '/embed'])
      expect(general.test(path), path).toBe(true)
  })

  it('is kept off paths that already carry one of our locales, except the live pages', () => {
    // Next matches each `config.matcher` entry as a path-to-regexp pattern anchored at both ends.
    const [general, live] = config.matcher
    const matches = (path: string) =>
      [general, live].some((pattern) => new RegExp(`^${pattern}$`).test(path))
    for (const code of localeCodes) {
      expect(matches(`/${code}`)).toBe(false)
      expect(matches(`/${code}/statements/some-slug`)).toBe(false)
      expect(matches(`/${code}/states/fr`)).toBe(false)
      for (const page of ['search', 'statements', 'reactions', 'reactions.csv', 'reactions.json'])
        expect(matches(`/${code}/${page}`)).toBe(true)
    }
    expect(general).toContain(`(?:${localeCodes.join('|')})`)
    expect(live).toContain(`/(${localeCodes.join('|')})/`)
    for (const path of ['/', '/statements', '/xx', '/xx/statements', '/pt-BR', '/english'])
      expect(matches(path)).toBe(true)
    for (const path of [
      '/api/statements',
      '/admin',
      '/_next/static/x.js',
      '/en/feed.xml',
      '/favicon.ico',
      '/en/searching',
    ])
      expect(matches(path)).toBe(false)
  })
})

describe('addresses and bodies that would make Next or Payload fail', () => {
  it('refuses a broken %-escape with a 400, and lets a valid one (an Arabic slug) through untouched', async () => {
    for (const path of ['/en/statements/%FF', '/%/statements', '/api/statements/%C0%80'])
      expect((await proxy(request(path))).status).toBe(400)
    const arabic = await proxy(request('/ar/topics/%D8%A7%D9%84%D9%85%D8%AD%D9%83%D9%85%D8%A9'))
    expect(arabic.headers.get('x-middleware-next')).toBe('1')
    expect(arabic.headers.get('set-cookie')).toBeNull()
    expect(new RegExp(`^${config.matcher[2]}$`).test('/ar/topics/%D8%A7')).toBe(true)
  })

  it('redirects an address spelled with needless escapes to its plain spelling, which the page is cached under', async () => {
    expect(location(await proxy(request('/%65n')))).toBe('http://amicus.test/en')
    const tracker = await proxy(request('/fr/reaction%73?stance=supports'))
    expect(tracker.status).toBe(308)
    expect(location(tracker)).toBe('http://amicus.test/fr/reactions?stance=supports')
    // Escapes that are needed stay, and so does a dot (decoding it would make a dot-segment).
    for (const path of ['/ar/topics/%D8%A8%D9%8A%D8%A7%D9%86', '/en/topics/a%2Eb', '/en/a%2Fb']) {
      expect(location(await proxy(request(path)))).toBeNull()
    }
  })

  it('refuses a GraphQL body that is not JSON, and passes a JSON one on', async () => {
    const post = (body: string, type = 'application/json') =>
      proxy(
        new NextRequest(new URL('/api/graphql', 'http://amicus.test'), {
          method: 'POST',
          body,
          headers: { 'content-type': type },
        }),
      )
    expect((await post('{')).status).toBe(400)
    expect((await post('x', 'multipart/form-data; boundary=x')).status).toBe(415)
    expect(
      (await post('{"query":"{ Statements { docs { id } } }"}')).headers.get('x-middleware-next'),
    ).toBe('1')
  })

  it('answers a delete of a preference by key with a 405 saying how to delete it, and passes its reads on', async () => {
    const byKey = (method: string) =>
      proxy(
        new NextRequest(
          new URL('/api/payload-preferences/collection-statements', 'http://amicus.test'),
          { method },
        ),
      )
    const refused = await byKey('DELETE')
    expect(refused.status).toBe(405)
    expect(JSON.stringify(await refused.json())).toContain('where[key][equals]')
    expect((await byKey('GET')).headers.get('x-middleware-next')).toBe('1')
  })
})

describe('statement addresses', () => {
  it('go through the proxy, which redirects old slugs before the page renders', () => {
    const entry = config.matcher.at(-1) ?? ''
    expect(entry).toContain(`/(${localeCodes.join('|')})/`)
    const statements = new RegExp(`^${entry.replace(':slug', '[^/]+')}$`)
    for (const code of localeCodes)
      expect(statements.test(`/${code}/statements/some-slug`)).toBe(true)
    for (const path of [
      '/en/statements',
      '/en/statements/a/b',
      '/en/topics/some-slug',
      '/xx/statements/some-slug',
    ])
      expect(statements.test(path)).toBe(false)
  })
})

describe('the tracker', () => {
  it('names each filtered view for its cached page, edge-cacheable, and leaves the default view alone', async () => {
    const plain = await proxy(request('/en/reactions', { [viewHeader]: 'stance=condemns' }))
    expect(plain.headers.get('x-middleware-next')).toBe('1')
    // A reader cannot choose the view: the proxy clears what it did not set.
    expect(plain.headers.get('x-middleware-override-headers')).not.toContain(viewHeader)
    const filtered = await proxy(request('/fr/reactions?stance=condemns&sort=latest'))
    expect(filtered.headers.get(`x-middleware-request-${viewHeader}`)).toBe(
      'stance=condemns&sort=latest',
    )
    expect(filtered.headers.get('cache-control')).toMatch(/^public, .*s-maxage=1\b/)
    // Dates have no end of combinations: those views go to the page rendered per request.
    const dated = await proxy(request('/fr/reactions?from=2024-01-01&stance=condemns'))
    expect(dated.headers.get(`x-middleware-request-${viewHeader}`)).toBe('dated')
    expect(dated.headers.get('cache-control')).toMatch(/^public, .*s-maxage=1\b/)
  })

  it('answers filters it cannot apply with a 400 page in the reader’s language naming each', async () => {
    for (const query of [
      'stance=bogus',
      'from=notadate',
      'to=2024-13-45',
      'group=XYZ',
      'party=maybe',
      'to=2999-01-01',
    ]) {
      const response = await proxy(request(`/ar/reactions?${query}`))
      expect(response.status, query).toBe(400)
      expect(response.headers.get('x-middleware-rewrite'), query).toBeNull()
      const html = await response.text()
      expect(html, query).toContain('<html lang="ar" dir="rtl">')
      expect(html, query).toContain(`«${query.split('=')[0]}»`)
    }
    const french = await (
      await proxy(request('/fr/reactions?party=maybe&stance=%3Cscript%3E'))
    ).text()
    expect(french).toContain(
      '<li>« party » ne peut pas valoir « maybe » : il accepte yes ou no.</li>',
    )
    expect(french).toContain('« stance » ne peut pas valoir « &#60;script&#62; »')
    expect(french).toContain('<a href="/fr/reactions">')
  })
})

describe('search rate limit', () => {
  it('answers 429 in the reader’s language once an address has used its searches, and counts addresses apart', async () => {
    const from = (address: string, path = '/fr/search?q=cour') =>
      proxy(request(path, { 'x-forwarded-for': `198.51.100.1, ${address}` }))
    for (let search = 0; search < env.SEARCHES_PER_MINUTE; search++)
      expect((await from('203.0.113.7')).status).toBe(200)
    const refused = await from('203.0.113.7')
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(await refused.text()).toContain('Trop de recherches')
    expect((await from('203.0.113.7', '/ar/search?q=x')).status).toBe(429)
    expect((await from('203.0.113.8')).status).toBe(200)
  })
})

describe('content security policy of pages rendered per request', () => {
  it('gives the admin and the draft preview a fresh nonce, passed to Next with the request', async () => {
    const matched = (path: string) =>
      config.matcher.some((pattern) =>
        new RegExp(`^${pattern.replace('/:path*', '(?:/.*)?')}$`).test(path),
      )
    const nonces = new Set<string>()
    for (const path of [
      '/admin',
      '/admin/collections/statements',
      ...localeCodes.map((code) => `/${code}/preview/statements/1`),
    ]) {
      expect(matched(path), path).toBe(true)
      const response = await proxy(request(path))
      const policy = response.headers.get('content-security-policy') ?? ''
      const [, nonce] = /'nonce-([A-Za-z0-9+/=]{24})' 'strict-dynamic'/.exec(policy) ?? []
      expect(nonce, path).toBeDefined()
      expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/)
      expect(response.headers.get('x-middleware-request-content-security-policy')).toBe(policy)
      nonces.add(nonce)
    }
    expect(nonces.size).toBe(2 + localeCodes.length)
  })

  it('leaves public pages to the shared policy of next.config.ts', async () => {
    for (const path of ['/en/reactions', '/fr/search?q=cour']) {
      expect((await proxy(request(path))).headers.get('content-security-policy'), path).toBeNull()
    }
  })
})

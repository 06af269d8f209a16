import { NextRequest } from 'next/server'
import { describe, expect, it } from 'vitest'

import { viewHeader } from '@/lib/proxy/liveHeaders'
import { dayOf } from '@/lib/reactions/partyStatus'
import proxy from '@/proxy'

const get = (path: string) => proxy(new NextRequest(new URL(path, 'http://amicus.test')))

/** Where the proxy sends a question spelled `path`: its one spelling, or null when it is that. */
async function respelled(path: string) {
  const response = await get(path)
  if (response.status !== 308) return null
  expect(response.headers.get('cache-control')).toMatch(/^public, /)
  return response.headers.get('location')?.replace('http://amicus.test', '')
}

describe('one spelling per question, so equal questions share one cached answer', () => {
  it('the index: parameters in order, defaults, empty form fields, case and unknown ones', async () => {
    expect(await respelled('/en/statements?year=2024&kind=joint-letter')).toBe(
      '/en/statements?kind=joint-letter&year=2024',
    )
    expect(await respelled('/en/statements?kind=&topic=&year=2024&page=1')).toBe(
      '/en/statements?year=2024',
    )
    expect(await respelled('/fr/statements?KIND=x&kind=Joint-Letter&page=02&utm_source=y')).toBe(
      '/fr/statements?kind=joint-letter&page=2',
    )
    // A value that makes no sense is dropped, as the page always did.
    expect(await respelled('/en/statements?year=1066&page=-3')).toBe('/en/statements')
    expect(await respelled('/en/statements?topic=%3Cscript%3E&kind=%00')).toBe('/en/statements')
    expect(
      await respelled(
        '/ar/statements?topic=%D8%A7%D8%B3%D8%AA%D9%82%D9%84%D8%A7%D9%84-%D8%A7%D9%84%D9%85%D8%AD%D9%83%D9%85%D8%A9',
      ),
    ).toBeNull()
    expect(await respelled('/en/statements?kind=joint-letter&page=2')).toBeNull()
  })

  it('the index’s views go to one cached page per question, named for next.config.ts’s rewrite', async () => {
    const view = `x-middleware-request-${viewHeader}`
    const response = await get('/es/statements?kind=open-letter&page=3')
    expect(response.headers.get(view)).toBe('kind=open-letter&page=3')
    const plain = await get('/es/statements')
    expect(plain.headers.get('x-middleware-next')).toBe('1')
    expect(plain.headers.get(view)).toBeNull()
  })

  it('search: spacing, case and Unicode spelling do not make another question', async () => {
    expect(await respelled('/en/search?q=%20%20Sanctions%09%20COURT%20')).toBe(
      '/en/search?q=sanctions+court',
    )
    // "é" as one code point or as "e" and a combining accent.
    expect(await respelled('/fr/search?q=Cour+pe%CC%81nale')).toBe('/fr/search?q=cour+p%C3%A9nale')
    expect(await respelled('/en/search?q=')).toBe('/en/search')
    expect(await respelled('/en/search?page=2&q=court')).toBe('/en/search?q=court')
    const search = await get('/en/search?q=court')
    expect(search.headers.get('x-middleware-next')).toBe('1')
    expect(search.headers.get('cache-control')).toMatch(/^public, .*s-maxage=1\b/)
  })

  it('the tracker and its open data: accepted values in any case, defaults dropped, a fixed order', async () => {
    const today = dayOf(new Date())
    expect(await respelled(`/en/reactions?sort=Latest&stance=CONDEMNS&dir=asc&to=${today}`)).toBe(
      '/en/reactions?stance=condemns&sort=latest',
    )
    expect(await respelled('/en/reactions?stance=&group=&party=&sort=name&dir=asc')).toBe(
      '/en/reactions',
    )
    expect(await respelled('/en/reactions.csv?party=YES&stance=supports')).toBe(
      '/en/reactions.csv?stance=supports&party=yes',
    )
    // A typo is still named, not dropped: the tracker's 400, the files' own 400.
    expect((await get('/en/reactions?stance=condems&sort=latest')).status).toBe(400)
    expect((await get('/en/reactions.json?stance=condems')).headers.get('x-middleware-next')).toBe(
      '1',
    )
  })

  it('the signatories’ files and a statement’s signatories by country', async () => {
    expect(await respelled('/en/signatories.csv?statement=12&country=ke')).toBe(
      '/en/signatories.csv?country=KE&statement=12',
    )
    expect(await respelled('/en/statements/a-joint-letter/signatories?country=ke&x=1')).toBe(
      '/en/statements/a-joint-letter/signatories?country=KE',
    )
  })
})

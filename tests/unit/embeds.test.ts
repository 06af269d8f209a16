import { describe, expect, it } from 'vitest'

import { embedAt, embedPath } from '@/lib/embeds/addresses'
import { iframeHtml } from '@/lib/embeds/iframe'
import { oembedResponse, readOembedRequest } from '@/lib/embeds/oembed'

const origin = 'https://amicus.test'
const at = (address: string) => embedAt(new URL(address), origin)
const read = (query: Record<string, string>) =>
  readOembedRequest(new URLSearchParams(query), origin)

describe('which addresses embed what', () => {
  it('knows the embed pages in every language', () => {
    expect(at('https://amicus.test/embed/en/count')).toEqual({
      locale: 'en',
      embed: { kind: 'count' },
    })
    expect(at('https://amicus.test/embed/ar/map/')).toEqual({
      locale: 'ar',
      embed: { kind: 'map' },
    })
    expect(at('https://amicus.test/embed/fr/states/SN')).toEqual({
      locale: 'fr',
      embed: { kind: 'state', iso2: 'sn' },
    })
  })

  it('gives the tracker its map and a State’s page its card, whatever the query', () => {
    expect(at('https://amicus.test/es/reactions?stance=condemns#map')).toEqual({
      locale: 'es',
      embed: { kind: 'map' },
    })
    expect(at('https://amicus.test/en/states/ua')).toEqual({
      locale: 'en',
      embed: { kind: 'state', iso2: 'ua' },
    })
  })

  it('embeds nothing else', () => {
    for (const address of [
      'https://elsewhere.test/en/reactions',
      'http://amicus.test/en/reactions',
      'https://amicus.test:8443/en/reactions',
      'https://amicus.test/en',
      'https://amicus.test/de/reactions',
      'https://amicus.test/embed/de/count',
      'https://amicus.test/embed/en/table',
      'https://amicus.test/embed/EN/count',
      'https://amicus.test/en/states/ukr',
      'https://amicus.test/en/reactions/filtered',
      'https://amicus.test/en/statements/some-slug',
    ])
      expect(at(address), address).toBeNull()
  })

  it('round-trips its own embed paths', () => {
    for (const embed of [
      { kind: 'count' },
      { kind: 'map' },
      { kind: 'state', iso2: 'CR' },
    ] as const)
      expect(at(`${origin}${embedPath('ar', embed)}`)?.embed).toEqual(
        embed.kind === 'state' ? { kind: 'state', iso2: 'cr' } : embed,
      )
  })
})

describe('oEmbed requests', () => {
  it('reads a request for an address of ours', () => {
    expect(
      read({ url: `${origin}/en/states/fr`, format: 'json', maxwidth: '400', maxheight: '200' }),
    ).toEqual({
      kind: 'embed',
      locale: 'en',
      embed: { kind: 'state', iso2: 'fr' },
      maxwidth: 400,
      maxheight: 200,
    })
  })

  it('says what is wrong with a missing or malformed url or size', () => {
    const problems = (query: Record<string, string>) => {
      const result = read(query)
      return result.kind === 'invalid' ? result.problems.join(' ') : result.kind
    }
    expect(problems({})).toMatch(/url is required/)
    expect(problems({ url: '/en/reactions' })).toMatch(/absolute address/)
    expect(problems({ url: `${origin}/en/reactions`, maxwidth: '0' })).toMatch(/maxwidth/)
    expect(problems({ url: `${origin}/en/reactions`, maxheight: 'tall' })).toMatch(/maxheight/)
  })

  it('refuses other formats and addresses it does not embed', () => {
    expect(read({ url: `${origin}/en/reactions`, format: 'xml' })).toEqual({
      kind: 'unsupported-format',
      format: 'xml',
    })
    expect(read({ url: 'https://elsewhere.test/en/reactions' })).toEqual({
      kind: 'not-embeddable',
    })
  })

  it('answers a rich embed within the consumer’s maximum size', () => {
    const answer = oembedResponse({
      kind: 'embed',
      locale: 'ar',
      embed: { kind: 'map' },
      maxwidth: 300,
      maxheight: 200,
      title: 'Map "of" <States>',
      origin,
      providerName: 'Amicus',
    })
    expect(answer).toMatchObject({
      version: '1.0',
      type: 'rich',
      width: 300,
      height: 200,
      provider_name: 'Amicus',
      provider_url: `${origin}/`,
    })
    expect(answer.html).toBe(
      iframeHtml({
        src: `${origin}/embed/ar/map`,
        title: 'Map "of" <States>',
        width: 300,
        height: 200,
      }),
    )
    expect(answer.html).toContain('title="Map &quot;of&quot; &lt;States&gt;"')
  })
})

import { describe, expect, it } from 'vitest'

import { interleaveHosts } from '@/lib/sourceCheck/hostSpacing'
import { isSamePage } from '@/lib/sourceCheck/samePage'

describe('where a redirect leads', () => {
  it.each([
    ['http://example.org/news/item', 'https://example.org/news/item'],
    ['https://example.org/news/item', 'https://example.org/news/item/'],
    ['https://example.org/news/item/', 'https://example.org/news/item'],
    ['http://example.org/news/item', 'https://example.org/news/item/'],
    ['https://Example.ORG/news', 'https://example.org/news'],
    ['https://example.org/news#top', 'https://example.org/news'],
    ['http://example.org:80/news', 'https://example.org:443/news'],
    ['https://example.org', 'https://example.org/'],
  ])('%s → %s is the same page', (from, to) => {
    expect(isSamePage(from, to)).toBe(true)
  })

  it.each([
    ['https://example.org/news/item', 'https://example.org/news'],
    ['https://example.org/news/item', 'https://example.org/'],
    ['https://example.org/news/item', 'https://www.example.org/news/item'],
    ['https://example.org/news/item', 'https://other.example/news/item'],
    ['https://example.org/news?id=4', 'https://example.org/news?id=5'],
    ['https://example.org/news', 'https://example.org/News'],
    ['http://example.org:8080/news', 'https://example.org/news'],
  ])('%s → %s is elsewhere', (from, to) => {
    expect(isSamePage(from, to)).toBe(false)
  })
})

describe('the order of a round', () => {
  it('takes one source per host in turn, each host’s own in the order given', () => {
    const sources = [
      'https://a.example/1',
      'https://a.example/2',
      'https://a.example/3',
      'https://b.example/1',
      'https://c.example/1',
      'https://b.example/2',
    ].map((sourceUrl) => ({ sourceUrl }))
    expect(interleaveHosts(sources).map((source) => source.sourceUrl)).toEqual([
      'https://a.example/1',
      'https://b.example/1',
      'https://c.example/1',
      'https://a.example/2',
      'https://b.example/2',
      'https://a.example/3',
    ])
  })
})

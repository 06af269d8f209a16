import { describe, expect, it } from 'vitest'

import { atomXml, textIn, textLink } from '@/lib/feeds/atom'
import { entryIds, feedIds, nameBasedUrn } from '@/lib/feeds/entryIds'
import { newestFirst } from '@/lib/feeds/reactionSummary'
import type { TrackerReaction } from '@/lib/reactions/types'

import { parseFeed } from '../helpers/parseFeed'

describe('feed ids', () => {
  it('are version 5 UUIDs as RFC 9562 computes them', () => {
    // Python's uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'), an independent implementation.
    expect(nameBasedUrn('python.org', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      'urn:uuid:886313e1-3b8a-5372-9b90-0c9aee199e5d',
    )
  })

  it('name the thing and the language, the same every time and different for anything else', () => {
    const ids = [
      entryIds.reaction(12, 'en'),
      entryIds.reaction(12, 'ar'),
      entryIds.reaction(13, 'en'),
      entryIds.statement(12, 'en'),
      entryIds.stanceChange('fr', 12, 'en'),
      entryIds.stanceChange('de', 12, 'en'),
      feedIds.state('fr', 'en'),
      feedIds.topic(12, 'en'),
      feedIds.stanceChanges('en'),
    ]
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids)
      expect(id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab]/)
    expect(entryIds.reaction(12, 'en')).toBe(entryIds.reaction(12, 'en'))
    expect(feedIds.state('FR', 'en')).toBe(feedIds.state('fr', 'en'))
  })
})

describe('Atom documents', () => {
  const entry = (id: string, day: string, title = id) => ({
    id: nameBasedUrn(id),
    title,
    link: `https://example.org/${id}`,
    summaryHtml: textIn('p', `Summary of ${id}`),
    date: new Date(`${day}T12:00:00Z`),
  })
  const document = {
    locale: 'ar' as const,
    id: feedIds.stanceChanges('ar'),
    title: 'تغيّرات المواقف',
    subtitle: 'Subtitle',
    page: 'https://example.org/ar/reactions/changes',
    self: 'https://example.org/ar/reactions/changes/feed.xml',
    author: 'Amicus',
    entries: [entry('b', '2025-03-01', 'A < B & “C”'), entry('a', '2025-01-01')],
  }

  it('read as a feed reader reads them: language, own address, entries in order, text as text', async () => {
    const { meta, items } = await parseFeed(atomXml(document))
    expect(meta['#type']).toBe('atom')
    expect(meta.language).toBe('ar')
    expect(meta.title).toBe('تغيّرات المواقف')
    expect(meta.xmlurl).toBe(document.self)
    expect(meta.link).toBe(document.page)
    expect(meta.date?.toISOString()).toBe('2025-03-01T12:00:00.000Z')
    expect(items.map((item) => item.guid)).toEqual([nameBasedUrn('b'), nameBasedUrn('a')])
    expect(items.map((item) => item.link)).toEqual([
      'https://example.org/b',
      'https://example.org/a',
    ])
    // Titles are HTML to Atom: the text arrives escaped, so a reader shows it as typed.
    expect(items[0].title).toBe('A &#60; B &#38; “C”')
    expect(items[1].summary).toBe('<p>Summary of a</p>')
  })

  it('date an empty feed by its content, not by the time it was asked for', async () => {
    const { meta, items } = await parseFeed(atomXml({ ...document, entries: [] }))
    expect(items).toEqual([])
    expect(meta.date?.toISOString()).toBe('1970-01-01T00:00:00.000Z')
  })

  it('escape text and mark text in another language than the feed’s', () => {
    expect(textIn('p', '<script>&')).toBe('<p>&#60;script&#62;&#38;</p>')
    expect(textIn('blockquote', 'Hello', { lang: 'en', dir: 'ltr' })).toBe(
      '<blockquote lang="en" dir="ltr">Hello</blockquote>',
    )
    expect(textLink('https://example.org/?a=1&b="2"', 'x')).toBe(
      '<a href="https://example.org/?a=1&#38;b=&#34;2&#34;">x</a>',
    )
  })
})

describe('reactions in feeds', () => {
  const reaction = (id: number, date: string) => ({ id, date }) as TrackerReaction

  it('come newest first, and on one day the one entered last first', () => {
    const ordered = newestFirst([
      reaction(1, '2025-01-01'),
      reaction(3, '2025-02-01'),
      reaction(2, '2025-02-01'),
      reaction(4, '2024-12-31'),
    ])
    expect(ordered.map((item) => item.id)).toEqual([3, 2, 1, 4])
  })
})

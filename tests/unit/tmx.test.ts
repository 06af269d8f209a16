import { describe, expect, it } from 'vitest'

import { evenParts, sourceKeyOf, tagMeanings } from '@/lib/translationMemory/segmentKey'
import type { MemorySegment } from '@/lib/translationMemory/store'
import { readTmx, type TmxReading } from '@/lib/translationMemory/tmxRead'
import { type TmxEntry, tmxDate, writeTmx } from '@/lib/translationMemory/tmxWrite'
import type { Failure } from '@/lib/errors/answerFailure'
import { segmentsOf } from '@/lib/translations/xliff/export'
import { elementOf, partsOf, type XliffPart, type XliffValue } from '@/lib/translations/xliff/model'

import { bold, type InlineNode, italic, linebreak, link, text } from '../helpers/lexicalNodes'

const paragraph = (children: InlineNode[]) => ({
  type: 'paragraph',
  version: 1,
  direction: 'ltr',
  format: '',
  indent: 0,
  children,
})
const linkFields = {
  linkType: 'custom',
  url: 'https://www.icc-cpi.int/?a=1&b="2"',
  newTab: true,
}

/** A title, and a paragraph with a link, bold around italic, a line break, and characters XML escapes. */
const segments = segmentsOf({
  title: 'States Parties & the “Rome Statute” <now>',
  standfirst: null,
  description: null,
  body: {
    root: {
      type: 'root',
      version: 1,
      direction: 'ltr',
      format: '',
      indent: 0,
      children: [
        paragraph([
          text('Read the '),
          link(linkFields, [text('Rome Statute')]),
          text(' and act '),
          text('now, ', bold),
          text('together', bold | italic),
          linebreak(),
          text('AT&amp;T <b> too.'),
        ]),
      ],
    },
  } as never,
})

/** The source with every text turned into "French", tags kept where they are. */
function translated(value: XliffValue): XliffPart[] {
  return partsOf(value).map((part): XliffPart => {
    if (typeof part === 'string') return `${part} (fr)`
    const { type, attributes } = elementOf(part)
    return attributes.contents === undefined
      ? part
      : { [type]: { ...attributes, contents: translated(attributes.contents) } }
  })
}

const entries: TmxEntry[] = segments.map((segment, index) => ({
  id: index + 1,
  source: segment.value,
  target: translated(segment.value),
  tags: tagMeanings(segment.tags),
  origin: 'accepted',
  statement: 7,
  segment: segment.id,
  createdAt: '2026-12-01T08:00:00.000Z',
  storedAt: '2026-12-02T09:30:15.250Z',
}))

const exported = writeTmx({
  sourceLocale: 'en',
  targetLocale: 'fr',
  entries,
  now: new Date('2026-12-07T10:00:00Z'),
})

function read(xml: string): TmxReading {
  const reading = readTmx(xml, 'en')
  if ('errors' in reading) throw new Error(reading.errors[0].message)
  return reading
}

function refusal(xml: string): Failure {
  const reading = readTmx(xml, 'en')
  if (!('errors' in reading)) throw new Error('The file was read')
  return reading
}

/** A TMX 1.4 document around `units`. */
const tmx = (units: string, header = 'srclang="en-US"', version = '1.4') =>
  `<?xml version="1.0"?><tmx version="${version}"><header creationtool="Other" segtype="sentence" o-tmf="x" adminlang="en" datatype="html" ${header}/><body>${units}</body></tmx>`
const unit = (en: string, fr: string, frLang = 'fr-FR') =>
  `<tu><tuv xml:lang="EN"><seg>${en}</seg></tuv><tuv xml:lang="${frLang}"><seg>${fr}</seg></tuv></tu>`

const only = (reading: TmxReading): MemorySegment => {
  expect(reading.segments).toHaveLength(1)
  return reading.segments[0]
}

describe('TMX export', () => {
  it('writes a TMX 1.4b header and one unit per row, with dates and properties', () => {
    expect(exported).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>/)
    expect(exported).toContain('<tmx version="1.4">')
    expect(exported).toContain(
      '<header creationtool="Amicus" creationtoolversion="0.1.0" datatype="xml" segtype="block" o-tmf="Amicus" adminlang="en" srclang="en" creationdate="20261207T100000Z"/>',
    )
    expect(exported).toContain(
      '<tu tuid="1" creationdate="20261201T080000Z" changedate="20261202T093015Z">',
    )
    expect(exported).toContain('<prop type="x-origin">accepted</prop>')
    expect(exported).toContain('<prop type="x-statement">7</prop>')
    expect(exported).toContain('<prop type="x-segment">body.0</prop>')
    expect(exported.match(/<tu /g)).toHaveLength(2)
  })

  it('carries links and formats as <bpt>/<ept> pairs and line breaks as <ph>, with what they mean', () => {
    expect(exported).toContain(
      '<bpt i="1" x="1" type="link">x-link {"linkType":"custom","url":"https://www.icc-cpi.int/?a=1&amp;b=\\"2\\"","newTab":true}</bpt>Rome Statute<ept i="1"/>',
    )
    expect(exported).toContain(
      '<bpt i="2" x="2" type="bold">bold</bpt>now, <bpt i="3" x="3" type="italic">italic</bpt>together',
    )
    expect(exported).toContain('<ph x="4" type="lb">{"type":"linebreak","version":1}</ph>')
    expect(exported).toContain('AT&amp;amp;T &lt;b&gt; too.')
  })

  it('writes dates as TMX does, in UTC', () => {
    expect(tmxDate('2026-12-07T09:12:17.123Z')).toBe('20261207T091217Z')
    expect(tmxDate(new Date('2026-01-02T03:04:05+02:00'))).toBe('20260102T010405Z')
  })
})

describe('TMX import', () => {
  it('reads an Amicus export back into the same source keys, targets and tags', () => {
    const reading = read(exported)
    expect(reading).toMatchObject({ plain: 0, skipped: 0 })
    expect(reading.segments).toHaveLength(entries.length)
    reading.segments.forEach((segment, index) => {
      const entry = entries[index]
      expect(segment).toMatchObject({ sourceLocale: 'en', targetLocale: 'fr', origin: 'tmx' })
      expect(segment.tags).toEqual(entry.tags)
      expect(sourceKeyOf('en', segment.source, segment.tags)).toBe(
        sourceKeyOf('en', entry.source, entry.tags),
      )
      expect(evenParts(segment.target)).toEqual(evenParts(entry.target))
    })
  })

  it('reads another tool’s bold as a bold, and takes fr-FR and EN for fr and en', () => {
    const segment = only(
      read(
        tmx(
          unit(
            'Act <bpt i="1" type="bold">&lt;b&gt;</bpt>now<ept i="1">&lt;/b&gt;</ept>',
            'Agissez <bpt i="1" type="bold">&lt;b&gt;</bpt>maintenant<ept i="1">&lt;/b&gt;</ept>',
          ),
        ),
      ),
    )
    expect(segment.targetLocale).toBe('fr')
    expect(segment.source).toEqual([
      'Act ',
      { GenericSpan: { id: '1', ctype: 'bold', contents: ['now'] } },
    ])
    expect(segment.tags).toEqual({ '1': 'bold' })
  })

  it.each([
    [
      'a link whose target it cannot know',
      '<bpt i="1" x="1" type="link">&lt;a href="/x"&gt;</bpt>Statute<ept i="1"/>',
    ],
    ['an isolated tag', '<it pos="begin" type="bold">&lt;b&gt;</it>Statute'],
    [
      'pairs that overlap',
      '<bpt i="1" type="bold">b</bpt><bpt i="2" type="italic">i</bpt>Statute<ept i="1"/><ept i="2"/>',
    ],
    ['a placeholder of its own', '<ph x="1" type="image">&lt;img/&gt;</ph>Statute'],
  ])('keeps a segment with %s as plain text', (_, seg) => {
    const reading = read(tmx(unit(`The ${seg}.`, `Le ${seg}.`)))
    const segment = only(reading)
    expect(reading.plain).toBe(1)
    expect(segment).toMatchObject({ source: 'The Statute.', target: 'Le Statute.', tags: {} })
  })

  it('keeps the words of highlighted text, and text only where the target’s tags are not the source’s', () => {
    expect(
      only(read(tmx(unit('The <hi type="term">Court</hi>.', 'La <hi>Cour</hi>.')))).target,
    ).toEqual(['La Cour.'])
    const reading = read(
      tmx(
        unit(
          '<bpt i="1" type="bold">bold</bpt>Act<ept i="1"/>',
          '<bpt i="1" type="italic">italic</bpt>Agissez<ept i="1"/>',
        ),
      ),
    )
    expect(only(reading)).toMatchObject({ source: 'Act', target: 'Agissez', tags: {} })
  })

  it('skips units without an English and a French, Spanish or Arabic text, and other languages', () => {
    const reading = read(
      tmx(
        unit('Court', 'Cour') +
          unit('Court', 'Gericht', 'de') +
          unit('Court', '') +
          '<tu><tuv xml:lang="en"><seg>Court</seg></tuv><tuv xml:lang="de"><seg>Gericht</seg></tuv><tuv xml:lang="es"><seg>Corte</seg></tuv></tu>',
      ),
    )
    expect(reading.skipped).toBe(2)
    expect(reading.segments.map((segment) => [segment.targetLocale, segment.target])).toEqual([
      ['fr', ['Cour']],
      ['es', ['Corte']],
    ])
  })

  it.each([
    [
      'text that is not XML',
      'not xml at all',
      400,
      /not well-formed XML: Non-whitespace before first tag \(line 1, column 1\)\./,
    ],
    ['a NUL character', tmx(unit('Court\u0000', 'Cour')), 400, /NUL characters/],
    ['XML cut short', tmx(unit('Court', 'Cour')).slice(0, -12), 400, /not well-formed XML/],
    ['another root', '<xliff version="1.2"/>', 422, /not a TMX file/],
    [
      'another version',
      tmx(unit('a', 'b'), 'srclang="en"', '1.3'),
      422,
      /TMX 1\.3: Amicus reads TMX 1\.4/,
    ],
    ['no header', '<tmx version="1.4"><body/></tmx>', 422, /no <header>/],
    ['no srclang', tmx(unit('a', 'b'), ''), 422, /no srclang/],
    [
      'another source language',
      tmx(unit('a', 'b'), 'srclang="de-DE"'),
      422,
      /source language is “de-DE”/,
    ],
    ['no units', tmx(''), 422, /no translation units/],
    ['no pair Amicus keeps', tmx(unit('Court', 'Gericht', 'de')), 422, /other languages: de/],
    [
      'an entity the file defines',
      '<!DOCTYPE tmx [<!ENTITY boom "x">]><tmx version="1.4">&boom;</tmx>',
      400,
      /not well-formed/,
    ],
  ])('refuses %s', (_, xml, status, message) => {
    const failure = refusal(xml)
    expect(failure.status).toBe(status)
    expect(failure.errors[0].message).toMatch(message)
  })
})

describe('segment keys', () => {
  it('are the same for a lone text, a list of texts and split texts, as TMX and the admin give them', () => {
    const key = sourceKeyOf('en', 'The Court', {})
    expect(sourceKeyOf('en', ['The Court'], {})).toBe(key)
    expect(sourceKeyOf('en', ['The ', '', 'Court'], {})).toBe(key)
    expect(
      evenParts([{ GenericSpan: { id: '1', ctype: 'bold', contents: 'Court' } }, 'a', 'b']),
    ).toEqual([{ GenericSpan: { id: '1', ctype: 'bold', contents: ['Court'] } }, 'ab'])
  })
})

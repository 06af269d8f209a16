import { describe, expect, it } from 'vitest'
import { type Element, xml2js } from 'xml-js'

import { lexicalDocument } from '@/lib/seed/lexical'
import { memorySegmentsOf } from '@/lib/translationMemory/capture'
import { originOf } from '@/lib/translationMemory/progress'
import { sameSegment, sourceKeyOf, tagMeanings } from '@/lib/translationMemory/segmentKey'
import { sourceSegments } from '@/lib/translationMemory/segments'
import type { MemoryEntry } from '@/lib/translationMemory/store'
import { exportXliff, importXliff } from '@/lib/translations/xliff'
import { segmentsOf } from '@/lib/translations/xliff/export'
import type { Segment, XliffValue } from '@/lib/translations/xliff/model'

const rome = 'https://www.icc-cpi.int/rome-statute'
const asp = 'https://asp.icc-cpi.int/'

/** The segment of a one-paragraph body. */
function paragraph(text: string): Segment {
  const segment = segmentsOf({
    title: '',
    standfirst: null,
    description: null,
    body: lexicalDocument([text]),
  }).find((candidate) => candidate.id === 'body.0')
  if (!segment) throw new Error(`No segment in “${text}”.`)
  return segment
}

const keyOf = (segment: Segment) => sourceKeyOf('en', segment.value, tagMeanings(segment.tags))

describe('the memory’s key of a source segment', () => {
  it('is the same whatever ids the tags have, and whatever the spacing', () => {
    const segment = paragraph(`Read **the** [Rome Statute](${rome}) now.`)
    const meanings = tagMeanings(segment.tags)
    // The same words and tags, the ids given the other way round (as a TMX file might).
    const swapped: XliffValue = [
      'Read  ',
      { GenericSpan: { id: 'b', ctype: 'bold', contents: ['the'] } },
      ' ',
      { GenericSpan: { id: 'a', ctype: 'x-link', contents: ['Rome\nStatute'] } },
      ' now. ',
    ]
    const swappedMeanings = { a: meanings['2'], b: meanings['1'] }
    expect(sourceKeyOf('en', swapped, swappedMeanings)).toBe(keyOf(segment))
    expect(keyOf(paragraph(`  Read **the**   [Rome Statute](${rome}) now.`))).toBe(keyOf(segment))
  })

  it('differs when a link points elsewhere, a format changes or a word does', () => {
    const key = keyOf(paragraph(`Read the [Rome Statute](${rome}) now.`))
    expect(keyOf(paragraph(`Read the [Rome Statute](${asp}) now.`))).not.toBe(key)
    expect(keyOf(paragraph(`Read the **Rome Statute** now.`))).not.toBe(key)
    expect(keyOf(paragraph(`Read the [Rome Statute](${rome}) today.`))).not.toBe(key)
    expect(
      sourceKeyOf('fr', paragraph(`Read the [Rome Statute](${rome}) now.`).value, {}),
    ).not.toBe(key)
  })
})

const source = {
  title: 'Stand by the Court',
  standfirst: 'Every State should.',
  description: null,
  body: lexicalDocument([`States Parties must **cooperate** with the [Court](${rome}).`, 'Act.']),
}
const accepted = (body: string[]) =>
  memorySegmentsOf({
    id: 3,
    statement: 9,
    locale: 'fr',
    title: 'Soutenir la Cour',
    standfirst: 'Chaque État le devrait.',
    body: lexicalDocument(body),
    sourceSnapshot: source,
    reviewedAt: '2026-11-20T10:00:00.000Z',
  })

describe('the segment pairs of an accepted translation', () => {
  it('pairs each segment of the source it answered to, tags renumbered to the source’s', () => {
    // A segment with a tag its source lacks (a second bold) is left out.
    const pairs = accepted([
      `Les États parties doivent **coopérer** avec la [Cour](${rome}) **vraiment**.`,
      'Agissez.',
    ])
    expect(pairs.map((pair) => pair.segment)).toEqual(['title', 'standfirst', 'body.1'])
    const moved = accepted([`La [Cour](${rome}) exige que les États **coopèrent**.`, 'Agissez.'])
    const body = moved.find((pair) => pair.segment === 'body.0')
    // In the source the bold is tag 1 and the link tag 2; the translation has them the other way.
    expect(body?.target).toEqual([
      'La ',
      { GenericSpan: { id: '2', ctype: 'x-link', contents: ['Cour'] } },
      ' exige que les États ',
      { GenericSpan: { id: '1', ctype: 'bold', contents: ['coopèrent'] } },
      '.',
    ])
    expect(body).toMatchObject({
      statement: 9,
      translation: 3,
      origin: 'accepted',
      storedAt: '2026-11-20T10:00:00.000Z',
    })
  })

  it('keeps a segment that dropped a format, as the reviewer accepted it', () => {
    const pairs = accepted([
      `Les États parties doivent coopérer avec la [Cour](${rome}).`,
      'Agissez.',
    ])
    expect(pairs.map((pair) => pair.segment)).toEqual(['title', 'standfirst', 'body.0', 'body.1'])
  })

  it('leaves out a segment left as the original', () => {
    const pairs = accepted([`Les États parties doivent coopérer avec la [Cour](${rome}).`, 'Act.'])
    expect(pairs.map((pair) => pair.segment)).toEqual(['title', 'standfirst', 'body.0'])
  })

  it('pairs no block of a body built otherwise than the source', () => {
    const pairs = accepted(['Les États parties doivent coopérer.', 'Avec la Cour.', 'Agissez.'])
    expect(pairs.map((pair) => pair.segment)).toEqual(['title', 'standfirst'])
  })
})

describe('where a translation’s segment stands', () => {
  const segment = paragraph(`States Parties must **cooperate**.`)
  const entry = (target: XliffValue): MemoryEntry => ({
    id: 1,
    sourceKey: keyOf(segment),
    sourceText: 'States Parties must cooperate.',
    targetText: '',
    source: segment.value,
    target,
    tags: tagMeanings(segment.tags),
    origin: 'accepted',
    statement: 9,
    translation: 3,
    segment: 'body.0',
    storedAt: '2026-11-20T10:00:00.000Z',
  })
  const remembered = entry([
    'Les États parties doivent ',
    { GenericSpan: { id: '1', ctype: 'bold', contents: ['coopérer'] } },
    '.',
  ])

  it('is the memory’s while it reads as the memory’s match, spacing aside', () => {
    const own = paragraph('Les  États parties doivent **coopérer**.')
    expect(originOf(segment, own, remembered)).toBe('memory')
    expect(sameSegment(own.value, remembered.target, remembered.tags)).toBe(true)
  })

  it('is to translate while empty or the original, and translated once the translator changed it', () => {
    expect(originOf(segment, undefined, remembered)).toBe('toTranslate')
    expect(originOf(segment, paragraph('States Parties must **cooperate**.'), undefined)).toBe(
      'toTranslate',
    )
    expect(
      originOf(segment, paragraph('Les États parties doivent **coopérer** !'), remembered),
    ).toBe('translated')
  })
})

describe('XLIFF target states', () => {
  const file = {
    statementId: 9,
    sourceLocale: 'en' as const,
    targetLocale: 'fr' as const,
    sourceRevision: 'r1',
    source: { ...source, slug: 'stand-by-the-court' },
  }
  const target = {
    title: 'Soutenir la Cour',
    standfirst: 'Every State should.',
    body: lexicalDocument([
      `Les États parties doivent **coopérer** avec la [Cour](${rome}).`,
      'Agissez.',
    ]),
  }

  it('marks each target with its state, its origin noted, and the import still takes the file', () => {
    const xml = exportXliff({
      ...file,
      target,
      states: {
        title: { state: 'final', qualifier: 'exact-match', note: 'From the translation memory.' },
        standfirst: { state: 'needs-translation' },
        'body.0': { state: 'translated' },
      },
    })
    const units = new Map(
      (function walk(element: Element): Element[] {
        return (element.elements ?? []).flatMap((child) =>
          child.name === 'trans-unit' ? [child] : walk(child),
        )
      })(xml2js(xml) as Element).map((unit) => [String(unit.attributes?.id), unit]),
    )
    const targetOf = (id: string) =>
      units.get(id)?.elements?.find((element) => element.name === 'target')?.attributes
    expect(targetOf('title')).toEqual({ state: 'final', 'state-qualifier': 'exact-match' })
    expect(targetOf('standfirst')).toEqual({ state: 'needs-translation' })
    expect(targetOf('body.0')).toEqual({ state: 'translated' })
    expect(xml).toContain('<note>From the translation memory.</note>')
    expect(xml).toContain(
      '<target state="translated">Les États parties doivent <g id="1" ctype="bold">coopérer</g> avec la <g id="2" ctype="x-link">Cour</g>.</target>',
    )
    const result = importXliff(xml, file)
    expect(result.ok && result.fields.title).toBe('Soutenir la Cour')
  })

  it('are what the memory segments of a source are: the export’s, the slug aside', () => {
    expect(sourceSegments(source).map((segment) => segment.id)).toEqual([
      'title',
      'standfirst',
      'body.0',
      'body.1',
    ])
  })
})

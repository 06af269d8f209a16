import { type Element, js2xml } from 'xml-js'

import type { Locale, TargetLocale } from '@/i18n/locales'
import type { XliffValue } from '@/lib/translations/xliff/model'
import packageJson from '@/package.json'

import { element, segContents, textElement } from './tmxInline'

/** A memory row as the TMX export writes it. */
export type TmxEntry = {
  id: number
  source: XliffValue
  target: XliffValue
  tags: Record<string, string>
  origin: 'accepted' | 'tmx'
  statement: number | null
  segment: string | null
  createdAt: string
  storedAt: string
}

export type TmxExport = {
  sourceLocale: Locale
  targetLocale: TargetLocale
  entries: TmxEntry[]
  now: Date
}

/** A date as TMX writes it: UTC, `YYYYMMDDThhmmssZ`. */
export function tmxDate(date: Date | string): string {
  return new Date(date)
    .toISOString()
    .replace(/\.\d{3}/, '')
    .replace(/[-:]/g, '')
}

/** Between structural elements only: a line break inside a <seg> would be part of its text. */
const newline: Element = { type: 'text', text: '\n' }
const onLines = (elements: Element[]): Element[] => elements.flatMap((node) => [newline, node])

function prop(type: string, value: string): Element {
  return element('prop', { type }, [textElement(value)])
}

function unitOf(entry: TmxEntry, pair: Pick<TmxExport, 'sourceLocale' | 'targetLocale'>) {
  const props = [
    prop('x-origin', entry.origin),
    ...(entry.statement === null ? [] : [prop('x-statement', String(entry.statement))]),
    ...(entry.segment === null ? [] : [prop('x-segment', entry.segment)]),
  ]
  const tuv = (lang: string, value: XliffValue) =>
    element('tuv', { 'xml:lang': lang }, [element('seg', {}, segContents(value, entry.tags))])
  return element(
    'tu',
    {
      tuid: String(entry.id),
      creationdate: tmxDate(entry.createdAt),
      changedate: tmxDate(entry.storedAt),
    },
    onLines([...props, tuv(pair.sourceLocale, entry.source), tuv(pair.targetLocale, entry.target)]),
  )
}

/**
 * One language pair of the memory as a TMX 1.4b document: one <tu> per row, with where it came
 * from as `x-` properties. `segtype="block"`: a segment is a title, a field or a paragraph, not
 * a sentence. `datatype="xml"`: the segments come from XLIFF, and their tags are XML elements.
 */
export function writeTmx({ sourceLocale, targetLocale, entries, now }: TmxExport): string {
  const header = element('header', {
    creationtool: 'Amicus',
    creationtoolversion: packageJson.version,
    datatype: 'xml',
    segtype: 'block',
    'o-tmf': 'Amicus',
    adminlang: 'en',
    srclang: sourceLocale,
    creationdate: tmxDate(now),
  })
  const body = element('body', {}, [
    ...onLines(entries.map((entry) => unitOf(entry, { sourceLocale, targetLocale }))),
    newline,
  ])
  const tmx = element('tmx', { version: '1.4' }, [...onLines([header, body]), newline])
  return `${js2xml(
    {
      declaration: { attributes: { version: '1.0', encoding: 'UTF-8' } },
      elements: [{ type: 'doctype', doctype: 'tmx SYSTEM "tmx14.dtd"' }, tmx],
    },
    { spaces: 0 },
  )}\n`
}

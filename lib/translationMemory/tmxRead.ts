import sax from 'sax'
import type { Element } from 'xml-js'

import { isTargetLocale, type Locale, type TargetLocale, targetLocales } from '@/i18n/locales'
import { fail, type Failure } from '@/lib/errors/answerFailure'
import type { XliffValue } from '@/lib/translations/xliff/model'

import { segmentText } from './segmentKey'
import type { MemorySegment } from './store'
import { type ReadTag, readSeg, segWords } from './tmxInline'

/** What a TMX file gives the memory. */
export type TmxReading = {
  segments: MemorySegment[]
  /** Pairs kept as plain text, because their tags were not Amicus's (they match untagged segments only). */
  plain: number
  /** Units that pair no source-language segment with a target-language one, or only empty ones. */
  skipped: number
}

const elementsOf = (node: Element, name: string): Element[] =>
  (node.elements ?? []).filter((child) => child.type === 'element' && child.name === name)

const attribute = (node: Element | undefined, name: string): string | undefined => {
  const value = node?.attributes?.[name]
  return value === undefined ? undefined : String(value)
}

/** `fr`, `fr-FR`, `FR`, `fr_CA` are all French: the memory keeps languages, not regions. */
function baseLanguage(tag: string): string {
  return tag.trim().toLowerCase().split(/[-_]/)[0]
}

/**
 * The document as a tree (xml-js's shape), or why it is not well-formed XML. sax, the parser
 * inside xml-js, builds it directly: xml-js's own reading is five times slower and reads through
 * some mistakes without a word (an element left open at the end, a second root, HTML's
 * entities). sax reads no DTD and expands no entity the file defines.
 */
function parse(xml: string): Element | Failure {
  // sax lets a raw NUL through as text, which Postgres cannot store.
  if (xml.includes('\u0000'))
    return fail(400, 'The file contains NUL characters: it is not a TMX (text) file.')
  // `strictEntities`: only XML's five named entities (sax knows HTML's too); missing from @types/sax.
  const options: sax.SAXOptions & { strictEntities: boolean } = { strictEntities: true }
  const parser = sax.parser(true, options)
  const document: Element = { elements: [] }
  const open = [document]
  const append = (node: Element) => open[open.length - 1].elements?.push(node)
  const problems: string[] = []
  parser.onerror = (error) => {
    problems.push(error.message)
    parser.resume()
  }
  parser.onopentag = (tag) => {
    // Without the `xmlns` option, sax gives attributes as plain strings.
    const { name, attributes } = tag as sax.Tag
    const node: Element = { type: 'element', name, attributes, elements: [] }
    append(node)
    open.push(node)
  }
  parser.onclosetag = () => open.pop()
  parser.ontext = (text) => append({ type: 'text', text })
  parser.oncdata = (cdata) => append({ type: 'cdata', cdata })
  parser.write(xml).close()
  if (problems.length === 0) return document
  // sax says "Unexpected close tag\nLine: 0\nColumn: 10\nChar: >", counting lines from 0.
  const [reason, line, column] = problems[0].split('\n')
  const number = (text = '') => Number(/\d+/.exec(text)?.[0] ?? 0)
  const where = line ? ` (line ${number(line) + 1}, column ${number(column)})` : ''
  return fail(400, `The file is not well-formed XML: ${reason.replace(/\.$/, '')}${where}.`)
}

/** The <tmx> element, checked: version 1.4, a header whose source language is ours, a body. */
function checkedRoot(document: Element, sourceLocale: Locale): Element | Failure {
  const roots = (document.elements ?? []).filter((node) => node.type === 'element')
  const root = roots[0]
  if (roots.length !== 1 || root.name !== 'tmx')
    return fail(422, `This is not a TMX file: its root element is not <tmx>.`)
  const version = attribute(root, 'version')
  if (version !== '1.4' && version !== '1.4b')
    return fail(
      422,
      version
        ? `This file is TMX ${version}: Amicus reads TMX 1.4 (1.4b). Export it again as TMX 1.4.`
        : 'The <tmx> element has no version: Amicus reads TMX 1.4 (1.4b).',
    )
  const header = elementsOf(root, 'header')[0]
  if (!header) return fail(422, 'The TMX file has no <header>.')
  const srclang = attribute(header, 'srclang')
  if (!srclang) return fail(422, 'The TMX header has no srclang: say which language is the source.')
  if (srclang !== '*all*' && baseLanguage(srclang) !== sourceLocale)
    return fail(
      422,
      `The memory’s source language is “${srclang}”: Amicus translates from ${sourceLocale}, so only a memory from ${sourceLocale} can be imported.`,
    )
  const body = elementsOf(root, 'body')[0]
  if (!body) return fail(422, 'The TMX file has no <body>.')
  return body
}

const languageOf = (tuv: Element) => attribute(tuv, 'xml:lang') ?? attribute(tuv, 'lang') ?? ''

/** Tags that agree: the target uses source tags only, each as the source has it. */
function tagsAgree(source: Record<string, ReadTag>, target: Record<string, ReadTag>): boolean {
  return Object.entries(target).every(([id, tag]) => {
    const ours = source[id]
    return ours?.element === tag.element && ours.ctype === tag.ctype && ours.meaning === tag.meaning
  })
}

type Pair = { source: XliffValue; target: XliffValue; tags: Record<string, string>; plain: boolean }

/** A source and a target <seg> as a memory pair, with their tags if both are Amicus's and agree. */
function pairOf(sourceSeg: Element, targetSeg: Element): Pair {
  const source = readSeg(sourceSeg)
  const target = readSeg(targetSeg)
  if (source && target && tagsAgree(source.tags, target.tags)) {
    const tags = Object.fromEntries(
      Object.entries(source.tags).map(([id, tag]) => [id, tag.meaning]),
    )
    return { source: source.value, target: target.value, tags, plain: false }
  }
  return { source: segWords(sourceSeg), target: segWords(targetSeg), tags: {}, plain: true }
}

/**
 * The segment pairs of a TMX 1.4b file for the memory, or why the file cannot be read at all.
 * Each unit's <tuv> in the source language is paired with each of its <tuv>s in a target
 * language (`fr-FR` counts as `fr`); other languages are left out. Nothing of the unit's properties is taken:
 * statement ids and dates are another site's, or the past's.
 */
export function readTmx(xml: string, sourceLocale: Locale): TmxReading | Failure {
  const document = parse(xml)
  if ('errors' in document) return document
  const body = checkedRoot(document, sourceLocale)
  if ('errors' in body) return body
  const units = elementsOf(body, 'tu')
  if (units.length === 0) return fail(422, 'The TMX file has no translation units (<tu>).')

  const reading: TmxReading = { segments: [], plain: 0, skipped: 0 }
  const otherLanguages = new Set<string>()
  for (const unit of units) {
    const tuvs = elementsOf(unit, 'tuv').map((tuv) => ({
      language: baseLanguage(languageOf(tuv)),
      seg: elementsOf(tuv, 'seg')[0],
    }))
    const source = tuvs.find((tuv) => tuv.language === sourceLocale)?.seg
    const targets = tuvs.filter(
      (tuv): tuv is { language: TargetLocale; seg: Element } =>
        isTargetLocale(tuv.language) && tuv.seg !== undefined,
    )
    for (const tuv of tuvs)
      if (tuv.language !== sourceLocale && !isTargetLocale(tuv.language))
        otherLanguages.add(tuv.language || '(none)')
    const pairs = source ? targets.map((tuv) => ({ ...pairOf(source, tuv.seg), tuv })) : []
    const kept = pairs.filter((pair) => segmentText(pair.source) && segmentText(pair.target))
    if (kept.length === 0) reading.skipped++
    for (const pair of kept) {
      if (pair.plain) reading.plain++
      reading.segments.push({
        sourceLocale,
        targetLocale: pair.tuv.language,
        source: pair.source,
        target: pair.target,
        tags: pair.tags,
        origin: 'tmx',
      })
    }
  }
  if (reading.segments.length === 0) {
    const others = [...otherLanguages].join(', ')
    return fail(
      422,
      `None of the file’s ${units.length} translation units pairs a ${sourceLocale} segment with a ${targetLocales.join(', ')} one${others ? ` (the file’s other languages: ${others})` : ''}: nothing was imported.`,
    )
  }
  return reading
}

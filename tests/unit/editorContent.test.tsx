import { editorConfigFactory } from '@payloadcms/richtext-lexical'
import { TEXT_TYPE_TO_FORMAT } from '@payloadcms/richtext-lexical/lexical'
import { sanitizeConfig } from 'payload'
import { renderToStaticMarkup } from 'react-dom/server'
import { beforeAll, describe, expect, it } from 'vitest'
import { jsToXliff12, xliff12ToJs } from 'xliff'

import { RichText } from '@/components/RichText'
import { richTextFeatures } from '@/fields/richText'
import { editorNodesOnly } from '@/lib/text/editorNodes'
import { editorNodeTypes } from '@/lib/text/lexical'
import { exportXliff, importXliff, type TranslatableFields } from '@/lib/translations/xliff'

/**
 * Everything the statement editor can write reaches readers and translators: each node type and
 * text format its features make is rendered on the public page, kept by the reader's filter, and
 * comes back from an XLIFF round trip. The features are read from the editor's own config, so
 * enabling one (underline, code, a table…) fails here until it has a sample below that passes.
 */

type Body = NonNullable<TranslatableFields['body']>
type Node = { type: string; version: number; [key: string]: unknown }
type Sample = { block: Node; html: string }

const bold = TEXT_TYPE_TO_FORMAT.bold
const italic = TEXT_TYPE_TO_FORMAT.italic

const text = (value: string, format = 0): Node => ({
  type: 'text',
  version: 1,
  text: value,
  format,
  detail: 0,
  mode: 'normal',
  style: '',
})
const element = (type: string, children: Node[], extra: object = {}): Node => ({
  type,
  version: 1,
  direction: 'ltr',
  format: '',
  indent: 0,
  ...extra,
  children,
})
const paragraph = (children: Node[]) =>
  element('paragraph', children, { textFormat: 0, textStyle: '' })
const list = (listType: string, tag: string, words: string) =>
  element('list', [element('listitem', [text(words)], { value: 1 })], { listType, start: 1, tag })
const link = (fields: object, words: string) =>
  element('link', [text(words)], { direction: null, fields })
const earlier = { id: 7, slug: 'earlier-statement' }

/** The nodes, besides the features' own, that Lexical's core and Payload's paragraph feature make (a pasted tab, Shift+Enter). */
const coreNodeTypes = ['root', 'paragraph', 'text', 'linebreak', 'tab']

/**
 * What each feature of the editor puts in a body, with the HTML readers get for it. Toolbars and
 * shortcuts make nothing. Heading samples follow the heading sizes the config enables.
 */
function samplesByFeature(headingSizes: string[]): Record<string, Sample[]> {
  return {
    paragraph: [
      { block: paragraph([text('Plain words')]), html: '<p>Plain words</p>' },
      {
        block: paragraph([
          text('First line'),
          { type: 'linebreak', version: 1 },
          text('second line'),
        ]),
        html: '<p>First line<br/>second line</p>',
      },
      {
        block: paragraph([
          text('Before'),
          { type: 'tab', version: 1, text: '\t', format: 0, detail: 2, mode: 'normal', style: '' },
          text('after'),
        ]),
        html: '<p>Before\tafter</p>',
      },
    ],
    heading: headingSizes.map((tag) => ({
      block: element('heading', [text(`A heading ${tag}`)], { tag }),
      html: `<${tag}>A heading ${tag}</${tag}>`,
    })),
    bold: [
      {
        block: paragraph([text('Some '), text('bold words', bold)]),
        html: '<p>Some <strong>bold words</strong></p>',
      },
    ],
    italic: [
      {
        block: paragraph([
          text('Some '),
          text('italic words', italic),
          text(' and '),
          text('both', bold | italic),
        ]),
        html: '<p>Some <em>italic words</em> and <em><strong>both</strong></em></p>',
      },
    ],
    unorderedList: [
      {
        block: list('bullet', 'ul', 'A bullet'),
        html: '<ul class="list-bullet"><li class="" value="1">A bullet</li></ul>',
      },
    ],
    orderedList: [
      {
        block: list('number', 'ol', 'A number'),
        html: '<ol class="list-number"><li class="" value="1">A number</li></ol>',
      },
    ],
    blockquote: [
      {
        block: element('quote', [text('Quoted words')]),
        html: '<blockquote>Quoted words</blockquote>',
      },
    ],
    link: [
      {
        block: paragraph([
          text('Read the '),
          link(
            { linkType: 'custom', url: 'https://example.org/rome', newTab: false },
            'Rome Statute',
          ),
        ]),
        html: '<p>Read the <a href="https://example.org/rome" rel="noopener noreferrer">Rome Statute</a></p>',
      },
      {
        block: paragraph([
          text('See '),
          link(
            {
              linkType: 'internal',
              newTab: false,
              doc: { relationTo: 'statements', value: earlier },
            },
            'our statement',
          ),
        ]),
        html: '<p>See <a href="/en/statements/earlier-statement">our statement</a></p>',
      },
      {
        block: paragraph([
          text('Typed '),
          {
            ...link({ linkType: 'custom', url: 'https://example.org' }, 'https://example.org'),
            type: 'autolink',
          },
          text(' as is'),
        ]),
        html: '<p>Typed <a href="https://example.org" rel="noopener noreferrer">https://example.org</a> as is</p>',
      },
    ],
    toolbarFixed: [],
    toolbarInline: [],
    undoRedo: [],
    linkShortcut: [],
  }
}

function typesIn(node: Node): string[] {
  const children = Array.isArray(node.children) ? (node.children as Node[]) : []
  return [node.type, ...children.flatMap(typesIn)]
}

function formatsIn(node: Node): number[] {
  const children = Array.isArray(node.children) ? (node.children as Node[]) : []
  return [...(typeof node.format === 'number' ? [node.format] : []), ...children.flatMap(formatsIn)]
}

const documentOf = (blocks: Node[]): Body => ({
  root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children: blocks },
})

const render = (body: Body) => renderToStaticMarkup(<RichText data={body} locale="en" />)

/** The translated text a CAT tool would write: here, the source in capitals. */
function translate(value: unknown): unknown {
  if (typeof value === 'string') return value.toUpperCase()
  if (Array.isArray(value)) return value.map(translate)
  // Inline tags: `{ GenericSpan: { id, ctype, contents } }`; only their contents are words.
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([key, part]) => [
        key,
        key === 'id' || key === 'ctype' ? part : translate(part),
      ]),
    )
  return value
}

/** The body as that translation should come back: the words in capitals, link addresses and autolinks (whose words are their address) untouched. */
function capitalised(node: Node): Node {
  if (node.type === 'autolink') return node
  const children = Array.isArray(node.children)
    ? { children: (node.children as Node[]).map(capitalised) }
    : {}
  return node.type === 'text'
    ? { ...node, text: String(node.text).toUpperCase() }
    : { ...node, ...children }
}

let featureKeys: string[]
let configNodeTypes: string[]
let headingSizes: string[]

beforeAll(async () => {
  // The editor needs only the collections its internal links point to.
  const config = await sanitizeConfig({
    secret: 'unit',
    collections: [{ slug: 'statements', fields: [{ name: 'slug', type: 'text' }] }],
    db: undefined as never,
  })
  const editorConfig = await editorConfigFactory.fromFeatures({
    config,
    features: richTextFeatures,
  })
  featureKeys = [...editorConfig.resolvedFeatureMap.keys()]
  configNodeTypes = editorConfig.features.nodes.map(({ node }) =>
    'replace' in node ? node.replace.getType() : node.getType(),
  )
  const heading = editorConfig.resolvedFeatureMap.get('heading')?.sanitizedServerFeatureProps as
    { enabledHeadingSizes: string[] } | undefined
  headingSizes = heading?.enabledHeadingSizes ?? []
})

describe('what the statement editor can write', () => {
  it('is known feature by feature, with a sample of every node type and format', () => {
    const samples = samplesByFeature(headingSizes)
    expect(featureKeys.filter((key) => !(key in samples))).toEqual([])
    // The page's styles (app/(frontend)/styles.css) set these two sizes only.
    expect(headingSizes).toEqual(['h2', 'h3'])

    const blocks = Object.values(samples)
      .flat()
      .map((sample) => sample.block)
    const sampledTypes = new Set(blocks.flatMap(typesIn))
    const producible = new Set([...coreNodeTypes, ...configNodeTypes])
    expect([...producible].filter((type) => type !== 'root' && !sampledTypes.has(type))).toEqual([])
    // The reader's filter keeps exactly these, no more (an upload or a table the API accepts is dropped).
    expect([...editorNodeTypes].sort()).toEqual([...producible].sort())

    // A format feature is named after its Lexical format (bold, italic, underline…).
    const formats = featureKeys.flatMap((key) =>
      key in TEXT_TYPE_TO_FORMAT
        ? [TEXT_TYPE_TO_FORMAT[key as keyof typeof TEXT_TYPE_TO_FORMAT]]
        : [],
    )
    expect(formats.sort()).toEqual([bold, italic])
    const sampledFormats = blocks.flatMap(formatsIn).reduce((all, format) => all | format, 0)
    for (const format of formats) expect(sampledFormats & format).toBe(format)
  })

  it('is rendered on the public page', () => {
    for (const { block, html } of Object.values(samplesByFeature(headingSizes)).flat()) {
      const body = editorNodesOnly(documentOf([block]))
      expect(body && render(body)).toBe(`<div class="payload-richtext">${html}</div>`)
    }
  })

  it('comes back from an XLIFF round trip, translated, with every node and format in place', async () => {
    const blocks = Object.values(samplesByFeature(headingSizes))
      .flat()
      .map((sample) => sample.block)
    const source: TranslatableFields = {
      title: 'Every kind of content',
      standfirst: null,
      description: null,
      body: documentOf(blocks),
    }
    const file = {
      statementId: 3,
      sourceLocale: 'en',
      targetLocale: 'fr',
      sourceRevision: 'r1',
      source,
    } as const

    const exported = await xliff12ToJs(exportXliff(file), { captureSpacesBetweenElements: true })
    const units = Object.values(exported.resources)[0] as Record<
      string,
      { source: unknown; target?: unknown }
    >
    // Every block is a segment: none is carried over untranslatable.
    expect(Object.keys(units).filter((id) => id.startsWith('body.'))).toHaveLength(blocks.length)
    for (const unit of Object.values(units)) unit.target = translate(unit.source)

    const imported = importXliff(await jsToXliff12(exported, { indent: '' }), file)
    if (!imported.ok) throw new Error(JSON.stringify(imported.errors))
    expect(imported.fields.body).toEqual(documentOf(blocks.map(capitalised)))
  })
})

import { describe, expect, it } from 'vitest'
import { jsToXliff12, xliff12ToJs } from 'xliff'

import { slugify } from '@/lib/text/slugify'
import {
  exportXliff,
  importXliff,
  type TranslatableFields,
  type XliffFile,
} from '@/lib/translations/xliff'

import {
  bold,
  type InlineNode as Inline,
  italic,
  linebreak,
  link,
  text,
} from '../helpers/lexicalNodes'

type RichTextDocument = NonNullable<TranslatableFields['body']>
type Direction = 'ltr' | 'rtl'
const strikethrough = 4
const underline = 8

const customLink = { linkType: 'custom', url: 'https://www.icc-cpi.int/rome-statute', newTab: true }
const aspLink = { linkType: 'custom', url: 'https://asp.icc-cpi.int/', newTab: false }
const internalLink = {
  linkType: 'internal',
  doc: { relationTo: 'statements', value: 7 },
  newTab: false,
}

/** The inline content of each text block of the test statement. */
type Blocks = {
  heading: Inline[]
  rome: Inline[]
  contact: Inline[]
  first: Inline[]
  sub: Inline[]
  nested: Inline[]
  last: Inline[]
  quote: Inline[]
}

/** One statement structure, filled with the inline content of one language. */
function statementBody(direction: Direction, blocks: Blocks): RichTextDocument {
  const block = (type: string, children: Inline[], extra: object = {}) => ({
    type,
    version: 1,
    direction,
    format: '',
    indent: 0,
    ...extra,
    children,
  })
  const paragraph = (children: Inline[]) =>
    block('paragraph', children, { textFormat: 0, textStyle: '' })
  const list = (items: Inline[]) =>
    block('list', items, { listType: 'bullet', start: 1, tag: 'ul' })
  const item = (value: number, children: Inline[], indent = 0) =>
    block('listitem', children, { value, indent })
  return {
    root: {
      type: 'root',
      version: 1,
      direction,
      format: '',
      indent: 0,
      children: [
        block('heading', blocks.heading, { tag: 'h2' }), // body.0
        paragraph(blocks.rome), // body.1
        paragraph([]), // body.2: empty, not exported
        paragraph(blocks.contact), // body.3
        list([
          item(1, [...blocks.first, list([item(1, blocks.sub, 1)])]), // body.4.0, with its own text and a list: body.4.0.0
          item(2, [list([item(1, blocks.nested, 1)])]), // body.4.1 holds only a list; its item is body.4.1.0
          item(2, blocks.last), // body.4.2
        ]),
        block('quote', blocks.quote), // body.5
      ],
    },
  }
}

const english: Blocks = {
  heading: [text('Protect the Court')],
  rome: [
    text('The '),
    link(customLink, [text('Rome Statute')]),
    text(' binds '),
    text('all ', bold),
    text('States', bold | italic),
    text(' Parties, as the '),
    link(aspLink, [text('Assembly')]),
    text(' recalled.'),
  ],
  contact: [
    text('Write to us'),
    linebreak(),
    text('or read '),
    link(internalLink, [text('our earlier statement', italic)]),
    text('.'),
  ],
  first: [text('First point')],
  sub: [text('Sub point')],
  nested: [text('Nested '), text('point', underline)],
  last: [text('Last '), text('point', strikethrough)],
  quote: [text('Justice delayed is justice denied.')],
}

const source: TranslatableFields = {
  title: 'States must defend the Court',
  slug: 'states-must-defend-the-court',
  standfirst: 'A statement on threats against the ICC.',
  seoTitle: 'Defend the ICC',
  description: 'The coalition calls on States Parties to defend the Court.',
  body: statementBody('ltr', english),
}

const file: XliffFile = {
  statementId: 12,
  sourceLocale: 'en',
  targetLocale: 'ar',
  sourceRevision: 'rev-1',
  source,
}
const expected = {
  statementId: 12,
  sourceLocale: 'en',
  targetLocale: 'ar',
  sourceRevision: 'rev-1',
  source,
} as const

// Inline elements as the xliff library models them.
const g = (id: string, ctype: string, contents: unknown) => ({
  GenericSpan: { id, ctype, contents },
})
const x = (id: string, ctype: string) => ({ Standalone: { id, ctype } })

/** What a translator types into the CAT tool, in the shape the library reads targets. */
const arabicTargets: Record<string, unknown> = {
  title: 'على الدول أن تدافع عن المحكمة',
  // Shorter than the one the title would make.
  slug: 'الدفاع-عن-المحكمة',
  standfirst: 'بيان بشأن التهديدات ضد المحكمة الجنائية الدولية.',
  seoTitle: 'دافعوا عن المحكمة الجنائية الدولية',
  description: 'يدعو التحالف الدول الأطراف إلى الدفاع عن المحكمة.',
  'body.0': 'احموا المحكمة',
  // The translator moved the first link after the emphasis.
  'body.1': [
    'تلتزم ',
    g('2', 'bold', ['جميع ', g('3', 'italic', 'الدول')]),
    ' الأطراف ب',
    g('1', 'x-link', 'نظام روما الأساسي'),
    ' كما ذكّرت ',
    g('4', 'x-link', 'الجمعية'),
    '.',
  ],
  'body.3': [
    'راسلونا',
    x('1', 'lb'),
    'أو اقرؤوا ',
    g('2', 'x-link', g('3', 'italic', 'بياننا السابق')),
    '.',
  ],
  'body.4.0': 'النقطة الأولى',
  'body.4.0.0': 'نقطة ثانوية',
  'body.4.1.0': ['نقطة ', g('1', 'underlined', 'فرعية')],
  'body.4.2': ['النقطة ', g('1', 'x-strikethrough', 'الأخيرة')],
  'body.5': 'العدالة المتأخرة عدالة منكورة.',
}

const arabic: Blocks = {
  heading: [text('احموا المحكمة')],
  rome: [
    text('تلتزم '),
    text('جميع ', bold),
    text('الدول', bold | italic),
    text(' الأطراف ب'),
    link(customLink, [text('نظام روما الأساسي')]),
    text(' كما ذكّرت '),
    link(aspLink, [text('الجمعية')]),
    text('.'),
  ],
  contact: [
    text('راسلونا'),
    linebreak(),
    text('أو اقرؤوا '),
    link(internalLink, [text('بياننا السابق', italic)]),
    text('.'),
  ],
  first: [text('النقطة الأولى')],
  sub: [text('نقطة ثانوية')],
  nested: [text('نقطة '), text('فرعية', underline)],
  last: [text('النقطة '), text('الأخيرة', strikethrough)],
  quote: [text('العدالة المتأخرة عدالة منكورة.')],
}

type Units = Record<string, { source?: unknown; target?: unknown }>

/** The trans-units of an XLIFF file, read with the xliff library. */
async function unitsOf(xml: string): Promise<Units> {
  const document = await xliff12ToJs(xml, { captureSpacesBetweenElements: true })
  return Object.values(document.resources)[0] as Units
}

/** Plays the CAT tool: reads the file, lets `edit` change its trans-units, writes it back. */
async function catTool(xml: string, edit: (units: Units) => void): Promise<string> {
  const document = await xliff12ToJs(xml, { captureSpacesBetweenElements: true })
  edit(Object.values(document.resources)[0] as Units)
  return jsToXliff12(document, { indent: '' })
}

function translateAll(units: Units) {
  for (const [id, target] of Object.entries(arabicTargets)) units[id].target = target
}

/** The export of `overrides` applied to the test file, translated into Arabic and then changed by `edit`. */
function translatedFile(
  edit: (units: Units) => void = () => {},
  overrides: Partial<XliffFile> = {},
): Promise<string> {
  return catTool(exportXliff({ ...file, ...overrides }), (units) => {
    translateAll(units)
    edit(units)
  })
}

describe('XLIFF export', () => {
  it('writes one trans-unit per field and text block, with stable ids', async () => {
    const units = await unitsOf(exportXliff(file))
    expect(Object.keys(units)).toEqual([
      'title',
      'slug',
      'standfirst',
      'seoTitle',
      'description',
      'body.0',
      'body.1',
      'body.3',
      'body.4.0',
      'body.4.0.0',
      'body.4.1.0',
      'body.4.2',
      'body.5',
    ])
    expect(Object.values(units).map((unit) => unit.target)).toEqual(Array(13).fill(undefined))
  })

  it('names the statement, languages and source revision on the <file>', () => {
    expect(exportXliff(file)).toContain(
      '<file original="statements/12?revision=rev-1" datatype="plaintext" source-language="en" target-language="ar">',
    )
  })

  it('turns formats, links and line breaks into inline tags, without link targets', () => {
    const xml = exportXliff(file)
    expect(xml).toContain(
      '<trans-unit id="body.1"><source>The <g id="1" ctype="x-link">Rome Statute</g> binds <g id="2" ctype="bold">all <g id="3" ctype="italic">States</g></g> Parties, as the <g id="4" ctype="x-link">Assembly</g> recalled.</source></trans-unit>',
    )
    expect(xml).toContain(
      '<trans-unit id="body.3"><source>Write to us<x id="1" ctype="lb"/>or read <g id="2" ctype="x-link"><g id="3" ctype="italic">our earlier statement</g></g>.</source></trans-unit>',
    )
    expect(xml).toContain('<source>Last <g id="1" ctype="x-strikethrough">point</g></source>')
    expect(xml).toContain('<source>Nested <g id="1" ctype="underlined">point</g></source>')
    expect(xml).not.toContain('icc-cpi.int')
    expect(xml).not.toContain('relationTo')
  })

  it('leaves out the fields the source does not have', async () => {
    const units = await unitsOf(
      exportXliff({
        ...file,
        source: { ...source, slug: null, standfirst: null, seoTitle: null, description: '  ' },
      }),
    )
    expect(Object.keys(units).filter((id) => !id.startsWith('body.'))).toEqual(['title'])
  })

  it('pre-fills targets from a draft translation, with the source tag ids even where tags moved', async () => {
    const imported = importXliff(await translatedFile(), expected)
    if (!imported.ok) throw new Error(JSON.stringify(imported.errors))

    const xml = exportXliff({ ...file, target: imported.fields })
    const units = await unitsOf(xml)
    expect(
      Object.fromEntries(Object.entries(units).map(([id, unit]) => [id, unit.target])),
    ).toEqual(arabicTargets)
    // Sent back untouched, the pre-filled file imports to the same draft.
    expect(importXliff(xml, expected)).toEqual(imported)
  })

  it('pre-fills only the segments a partial draft has text for', async () => {
    const units = await unitsOf(
      exportXliff({ ...file, target: { title: 'مسودة العنوان', standfirst: '' } }),
    )
    expect(units.title.target).toBe('مسودة العنوان')
    expect(units.standfirst.target).toBeUndefined()
    expect(units['body.0'].target).toBeUndefined()
  })

  it('pre-fills a slug the translator chose, not one made from the draft’s title', async () => {
    const made = await unitsOf(
      exportXliff({ ...file, target: { title: 'مسودة العنوان', slug: slugify('مسودة العنوان') } }),
    )
    expect(made.slug.target).toBeUndefined()
    const chosen = await unitsOf(
      exportXliff({ ...file, target: { title: 'مسودة العنوان', slug: 'عنوان-مختار' } }),
    )
    expect(chosen.slug.target).toBe('عنوان-مختار')
  })

  it('tells translators what the slug’s target is for', () => {
    expect(exportXliff(file)).toContain(
      '<trans-unit id="slug"><source>states-must-defend-the-court</source><note>The address of the page in this language. Leave the target empty, or as the source, to have it made from the translated title.</note></trans-unit>',
    )
  })
})

/** body.1 translated without the tags of the link around “Rome Statute”. */
const withoutRomeLink = [
  'تلتزم ',
  g('2', 'bold', ['جميع ', g('3', 'italic', 'الدول')]),
  ' الأطراف بنظام روما الأساسي كما ذكّرت ',
  g('4', 'x-link', 'الجمعية'),
  '.',
]

describe('XLIFF import', () => {
  it('rebuilds the statement from a translated file', async () => {
    expect(importXliff(await translatedFile(), expected)).toEqual({
      ok: true,
      fields: {
        title: 'على الدول أن تدافع عن المحكمة',
        slug: 'الدفاع-عن-المحكمة',
        standfirst: 'بيان بشأن التهديدات ضد المحكمة الجنائية الدولية.',
        seoTitle: 'دافعوا عن المحكمة الجنائية الدولية',
        description: 'يدعو التحالف الدول الأطراف إلى الدفاع عن المحكمة.',
        body: statementBody('rtl', arabic),
      },
    })
  })

  it('writes left-to-right blocks for a left-to-right language', async () => {
    const result = importXliff(await translatedFile(() => {}, { targetLocale: 'fr' }), {
      ...expected,
      targetLocale: 'fr',
    })
    expect(result).toMatchObject({ ok: true, fields: { body: statementBody('ltr', arabic) } })
  })

  it('trims the plain fields and accepts a regional language code', async () => {
    const xml = (await translatedFile((units) => (units.title.target = '  عنوان  '))).replace(
      'target-language="ar"',
      'target-language="ar-EG"',
    )
    expect(importXliff(xml, expected)).toMatchObject({ ok: true, fields: { title: 'عنوان' } })
  })

  it.each<[string, (units: Units) => void]>([
    ['empty', (units) => (units.slug.target = ' ')],
    ['missing', (units) => delete units.slug.target],
    ['left as the source', (units) => (units.slug.target = units.slug.source)],
    ['gone with its unit', (units) => delete units.slug],
  ])('makes the address from the title when the slug’s target is %s', async (_, edit) => {
    expect(importXliff(await translatedFile(edit), expected)).toMatchObject({
      ok: true,
      fields: { title: arabicTargets.title, slug: null },
    })
  })

  it('writes a proposed slug the way the admin writes a typed one', async () => {
    const xml = await translatedFile((units) => (units.slug.target = ' Défendre la Cour ! '))
    expect(importXliff(xml, expected)).toMatchObject({
      ok: true,
      fields: { slug: 'defendre-la-cour' },
    })
  })

  it('joins text that a comment in the target splits', async () => {
    const xml = (await translatedFile()).replace(
      '<target>النقطة <g id="1" ctype="x-strikethrough">',
      '<target>النقطة<!-- checked --> <g id="1" ctype="x-strikethrough">',
    )
    expect(xml).toContain('<!-- checked -->')
    expect(importXliff(xml, expected)).toMatchObject({
      ok: true,
      fields: { body: statementBody('rtl', arabic) },
    })
  })

  const fileError = (message: unknown) => [{ segment: null, message }]
  const rejections: [string, () => Promise<string>, unknown][] = [
    [
      'text that is not XML',
      async () => 'this is not XML',
      fileError(
        expect.stringMatching(/^This is not a valid XLIFF 1\.2 file: the XML is malformed/),
      ),
    ],
    [
      'XML that is not XLIFF',
      async () => '<html><body><p>Hello</p></body></html>',
      fileError(
        expect.stringMatching(/^This is not a valid XLIFF 1\.2 file: it does not have the <xliff>/),
      ),
    ],
    [
      'a file of another statement',
      () => translatedFile(() => {}, { statementId: 13 }),
      fileError('This file belongs to statement 13, not to statement 12.'),
    ],
    [
      'a file into another language',
      () => translatedFile(() => {}, { targetLocale: 'fr' }),
      fileError('This file is a translation into “fr”, not into “ar”.'),
    ],
    [
      'a file made from an older source',
      () => translatedFile(() => {}, { sourceRevision: 'rev-0' }),
      fileError('The source text changed since this file was exported; download a new file.'),
    ],
    [
      'a missing segment',
      () => translatedFile((units) => delete units['body.3']),
      [{ segment: 'body.3', message: 'Segment body.3 is missing from the file.' }],
    ],
    [
      'a slug with nothing to make an address of',
      () => translatedFile((units) => (units.slug.target = '« ! »')),
      [
        {
          segment: 'slug',
          message:
            'Segment slug has no letter or digit to make an address of; write one, or leave the target empty to have it made from the title.',
        },
      ],
    ],
    [
      'a tag in the slug',
      () =>
        translatedFile((units) => (units.slug.target = ['الدفاع-عن-', g('1', 'bold', 'المحكمة')])),
      [
        {
          segment: 'slug',
          message: 'Segment slug has tag 1, which is not in the source; remove it.',
        },
      ],
    ],
    [
      'an empty target',
      () => translatedFile((units) => (units['body.0'].target = ' ')),
      [{ segment: 'body.0', message: 'Block 1 of the text has no translation.' }],
    ],
    [
      'a target with the source’s line break and no words',
      () => translatedFile((units) => (units['body.3'].target = x('1', 'lb'))),
      [{ segment: 'body.3', message: 'Block 4 of the text has no translation.' }],
    ],
    [
      'an empty title and an empty nested list item',
      () =>
        translatedFile((units) => {
          units.title.target = ''
          units['body.4.1.0'].target = ''
        }),
      [
        { segment: 'title', message: 'Title has no translation.' },
        {
          segment: 'body.4.1.0',
          message: 'Item 1 of item 2 of block 5 of the text has no translation.',
        },
      ],
    ],
    [
      'an unknown segment',
      () => translatedFile((units) => (units['body.9'] = { source: 'Extra', target: 'إضافي' })),
      [{ segment: 'body.9', message: 'Segment body.9 is not part of this statement; remove it.' }],
    ],
    [
      'a lost link',
      () => translatedFile((units) => (units['body.1'].target = withoutRomeLink)),
      [
        {
          segment: 'body.1',
          message:
            'Text: the link “Rome Statute” (https://www.icc-cpi.int/rome-statute) is missing from the translation; link the words that translate it.',
        },
      ],
    ],
    [
      'a changed ctype',
      () =>
        translatedFile(
          (units) => (units['body.4.2'].target = ['النقطة ', g('1', 'italic', 'الأخيرة')]),
        ),
      [
        {
          segment: 'body.4.2',
          message:
            'Segment body.4.2 changed tag 1 from strikethrough <g> to italic <g>; keep it as it is in the source.',
        },
      ],
    ],
    [
      'a duplicated inline id',
      () =>
        translatedFile(
          (units) =>
            (units['body.4.1.0'].target = [
              'نقطة ',
              g('1', 'underlined', 'فرعية'),
              ' ',
              g('1', 'underlined', 'أخرى'),
            ]),
        ),
      [
        {
          segment: 'body.4.1.0',
          message: 'Segment body.4.1.0 uses tag 1 more than once; keep it only once.',
        },
      ],
    ],
    [
      'an inline id the source does not have',
      () =>
        translatedFile(
          (units) => (units['body.4.0'].target = ['النقطة ', g('4', 'bold', 'الأولى')]),
        ),
      [
        {
          segment: 'body.4.0',
          message: 'Segment body.4.0 has tag 4, which is not in the source; remove it.',
        },
      ],
    ],
    [
      'a link moved inside another link',
      () =>
        translatedFile(
          (units) =>
            (units['body.1'].target = [
              'تلتزم ',
              g('1', 'x-link', [
                'جميع ',
                g('2', 'bold', g('3', 'italic', 'الدول')),
                ' الأطراف و',
                g('4', 'x-link', 'الجمعية'),
              ]),
              '.',
            ]),
        ),
      [
        {
          segment: 'body.1',
          message: 'Segment body.1 puts the link of tag 4 inside another link; move it out.',
        },
      ],
    ],
  ]

  it.each(rejections)('rejects %s', async (_, xml, errors) => {
    expect(importXliff(await xml(), expected)).toEqual({ ok: false, errors })
  })

  it('reports every bad segment of a file, one error each', async () => {
    const xml = await translatedFile((units) => {
      units['body.0'].target = ''
      units['body.1'].target = withoutRomeLink
      units['body.4.2'].target = ['النقطة ', g('1', 'bold', 'الأخيرة')]
      delete units['body.5']
      units['body.9'] = { source: 'Extra', target: 'إضافي' }
    })
    const result = importXliff(xml, expected)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors.map((error) => error.segment)).toEqual([
      'body.0',
      'body.1',
      'body.4.2',
      'body.5',
      'body.9',
    ])
    expect(result.errors[1].message).toMatch(
      /the link “Rome Statute” \(https:\/\/www\.icc-cpi\.int\/rome-statute\) is missing/,
    )
    expect(result.errors[3].message).toBe('Segment body.5 is missing from the file.')
  })
})

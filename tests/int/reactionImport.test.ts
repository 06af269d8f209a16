import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import config from '@payload-config'
import { REST_POST } from '@payloadcms/next/routes'
import { stringify } from 'csv-stringify/sync'
import { getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import type { ImportMessage } from '@/lib/reactions/importCsv'
import { env } from '@/lib/env'
import {
  columns,
  importReactions,
  maxFileBytes,
  parseReactionsCsv,
} from '@/lib/reactions/importCsv'
import type { RowError } from '@/lib/csv/rows'
import { dayOf } from '@/lib/reactions/partyStatus'
import type { Reaction, User } from '@/payload-types'

import { invalidatedSince, logEnd } from '../helpers/invalidationLog'
import { testUser } from '../helpers/translations'
import { runTsx } from '../helpers/runTsx'

vi.mock('next/cache', () => import('../helpers/fakeNextCache'))

const root = path.resolve(import.meta.dirname, '../..')
const context = { disableRevalidate: true }
let payload: Payload

// Actors, created when another test file has not already

const actorIds = { FR: 0, DE: 0, ZA: 0, UA: 0, eu: 0 }
const createdStates: number[] = []
const createdOrganizations: number[] = []

async function ensureState(iso2: 'FR' | 'DE' | 'ZA' | 'UA', name: string): Promise<number> {
  const { docs } = await payload.find({
    collection: 'states',
    where: { iso2: { equals: iso2 } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  if (docs[0]) return docs[0].id
  const doc = await payload.create({
    collection: 'states',
    locale: 'en',
    data: { iso2, name },
    overrideAccess: true,
    context,
  })
  createdStates.push(doc.id)
  return doc.id
}

async function ensureEu(): Promise<number> {
  const { docs } = await payload.find({
    collection: 'organizations',
    where: { code: { equals: 'eu' } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  if (docs[0]) return docs[0].id
  const doc = await payload.create({
    collection: 'organizations',
    locale: 'en',
    data: { code: 'eu', name: 'European Union', kind: 'regional' },
    overrideAccess: true,
    context,
  })
  createdOrganizations.push(doc.id)
  return doc.id
}

// Files

type Column = (typeof columns)[number]
type Fields = Partial<Record<Column, string>>

/** Source addresses unique to this run, so this file's reactions are told apart from any other. */
const run = `import-test-${Date.now().toString(36)}`
let sources = 0
const newSource = () => `https://example.org/${run}/${++sources}`

/** A valid row, with a source of its own, and `fields` changed. */
const row = (fields: Fields = {}): Fields => ({
  date: '2024-05-22',
  actors: 'FR',
  stance: 'supports',
  summary_en: 'Reaffirms its support for the Court.',
  source_url: newSource(),
  source_title: 'Statement',
  ...fields,
})

function csv(rows: Fields[], header: readonly string[] = columns): string {
  return stringify([
    header,
    ...rows.map((fields) => header.map((column) => fields[column as Column] ?? '')),
  ])
}

const reactionCount = async () =>
  (await payload.count({ collection: 'reactions', overrideAccess: true })).totalDocs

async function reactionsFrom(rows: Fields[]): Promise<Reaction[]> {
  const { docs } = await payload.find({
    collection: 'reactions',
    where: { sourceUrl: { in: rows.map((fields) => fields.source_url ?? '') } },
    locale: 'all',
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return docs
}

/** The file is refused with exactly `errors`, and nothing at all is written. */
async function expectRefused(text: string, errors: RowError[]) {
  const before = await reactionCount()
  expect(await importReactions(payload, text)).toEqual({ ok: false, errors })
  expect(await reactionCount()).toBe(before)
}

beforeAll(async () => {
  payload = await getPayload({ config })
  actorIds.FR = await ensureState('FR', 'France')
  actorIds.DE = await ensureState('DE', 'Germany')
  actorIds.ZA = await ensureState('ZA', 'South Africa')
  actorIds.UA = await ensureState('UA', 'Ukraine')
  actorIds.eu = await ensureEu()
})

afterAll(async () => {
  const { errors } = await payload.delete({
    collection: 'reactions',
    where: { sourceUrl: { contains: run } },
    overrideAccess: true,
    context,
  })
  expect(errors).toEqual([])
  if (createdStates.length)
    await payload.delete({
      collection: 'states',
      where: { id: { in: createdStates } },
      overrideAccess: true,
      context,
    })
  if (createdOrganizations.length)
    await payload.delete({
      collection: 'organizations',
      where: { id: { in: createdOrganizations } },
      overrideAccess: true,
      context,
    })
  await payload.delete({
    collection: 'users',
    where: { email: { like: 'reaction-import-' } },
    overrideAccess: true,
  })
  await payload.destroy()
})

describe('importing a valid file', () => {
  const joint = row({
    actors: 'FR;DE',
    stance: 'condemns',
    summary_en: 'A joint statement condemning threats against the Court.',
    verified: 'yes',
  })
  const european = row({
    date: '2024-06-03',
    actors: 'eu',
    stance: 'supports',
    summary_en: 'The European Union reaffirms its support.',
    quote: '"We stand by the Court," the spokesperson said.',
    quote_language: 'en',
    source_title: 'Statement of the European Union',
    source_publisher: 'EEAS',
    editor_notes: 'Check the date against the press release.',
  })
  const translated = row({
    date: '2025-02-10',
    actors: 'ZA',
    stance: 'concern',
    summary_en: 'Expresses concern about pressure on the Court.',
    summary_fr: 'Exprime son inquiétude face aux pressions sur la Cour.',
    summary_es: 'Expresa preocupación por las presiones sobre la Corte.',
    summary_ar: 'تعرب عن قلقها إزاء الضغوط على المحكمة.',
    verified: 'no',
  })
  const file = csv([joint, european, translated])

  it('creates every reaction, with its actors, stance, date, summaries and verified flag, reporting progress', async () => {
    const before = await reactionCount()
    const progress: [number, number][] = []
    const end = await logEnd(payload)
    const result = await importReactions(payload, file, {
      onProgress: (done, total) => progress.push([done, total]),
    })
    expect(result).toEqual({ ok: true, created: 3, skipped: 0 })
    expect(progress).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ])
    // Every server learns of it from the log, written in the import's transaction.
    expect(await invalidatedSince(payload, end)).toEqual(['reactions', 'statements:pages'])
    expect(await reactionCount()).toBe(before + 3)

    const docs = await reactionsFrom([joint, european, translated])
    const bySource = (fields: Fields) => docs.find((doc) => doc.sourceUrl === fields.source_url)
    expect(bySource(joint)).toMatchObject({
      actors: [
        { relationTo: 'states', value: actorIds.FR },
        { relationTo: 'states', value: actorIds.DE },
      ],
      stance: 'condemns',
      summary: { en: joint.summary_en },
      sourceTitle: 'Statement',
      verified: true,
      fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/),
    })
    expect(dayOf(bySource(joint)?.date ?? '')).toBe('2024-05-22')
    expect(bySource(european)).toMatchObject({
      actors: [{ relationTo: 'organizations', value: actorIds.eu }],
      stance: 'supports',
      quote: european.quote,
      quoteLanguage: 'en',
      sourcePublisher: 'EEAS',
      editorNotes: european.editor_notes,
      verified: false,
    })
    expect(dayOf(bySource(european)?.date ?? '')).toBe('2024-06-03')
    expect(bySource(translated)).toMatchObject({
      actors: [{ relationTo: 'states', value: actorIds.ZA }],
      stance: 'concern',
      summary: {
        en: translated.summary_en,
        fr: translated.summary_fr,
        es: translated.summary_es,
        ar: translated.summary_ar,
      },
      verified: false,
    })
  })

  it('creates nothing the second time, and only the new row from a file with old ones', async () => {
    const before = await reactionCount()
    const progress = vi.fn()
    const end = await logEnd(payload)
    expect(await importReactions(payload, file, { onProgress: progress })).toEqual({
      ok: true,
      created: 0,
      skipped: 3,
    })
    expect(progress).not.toHaveBeenCalled()
    expect(await invalidatedSince(payload, end)).toEqual([])
    expect(await reactionCount()).toBe(before)

    const fresh = row({ actors: 'UA', date: '2025-02-11' })
    expect(
      await importReactions(payload, csv([joint, fresh, translated]), { onProgress: progress }),
    ).toEqual({ ok: true, created: 1, skipped: 2 })
    expect(progress.mock.calls).toEqual([[1, 1]])
    expect(await reactionCount()).toBe(before + 1)
  })

  // An import only creates: a row of a recorded (here verified, public) reaction never changes it,
  // so it can never make a correction without the reason one needs.
  it('leaves a recorded verified reaction as it is when a row repeats it with another stance', async () => {
    const recorded = async () =>
      (
        await payload.find({
          collection: 'reactions',
          where: { summary: { equals: joint.summary_en } },
          locale: 'en',
          depth: 0,
          overrideAccess: true,
        })
      ).docs
    const [before] = await recorded()
    expect(before).toMatchObject({ stance: 'condemns', verified: true })
    expect(
      await importReactions(payload, csv([{ ...joint, stance: 'opposes', quote: 'Changed' }])),
    ).toEqual({ ok: true, created: 0, skipped: 1 })
    const [after] = await recorded()
    expect(after.stance).toBe('condemns')
    expect(after.quote).toBe(before.quote)
    expect(after.corrections).toEqual([])
  })

  it('records a reaction repeated within a file once (actor order and URL spelling aside)', async () => {
    const first = row({ actors: 'FR;DE', date: '2024-07-01' })
    const again = {
      ...first,
      actors: 'DE;FR',
      source_url: first.source_url?.replace('https://example.org', 'https://EXAMPLE.org'),
      summary_en: 'The same, reworded.',
    }
    expect(await importReactions(payload, csv([first, again]))).toEqual({
      ok: true,
      created: 1,
      skipped: 1,
    })
    expect(await reactionsFrom([first])).toHaveLength(1)
  })

  it('reads only the columns it needs, Excel’s byte order mark, and skips empty rows without losing count', async () => {
    const minimal = row({ actors: 'DE', date: '2024-08-01' })
    const header = ['date', 'actors', 'stance', 'summary_en', 'source_url', 'source_title']
    const text = `\uFEFF${csv([minimal], header)}\n,,,,,\n${csv([{ ...minimal, actors: 'XX' }], header).split('\n')[1]}\n`
    // An empty line (row 3) and a row of empty cells (row 4): the bad row after them is row 5, as in the spreadsheet.
    expect(await parseReactionsCsv(payload, text)).toEqual({
      ok: false,
      errors: [{ row: 5, message: 'Row 5: “XX” is not a known State code or organization code.' }],
    })
    expect(await importReactions(payload, `\uFEFF${csv([minimal], header)}`)).toEqual({
      ok: true,
      created: 1,
      skipped: 0,
    })
  })
})

describe('the example file', () => {
  it('is valid', async () => {
    const parsed = await parseReactionsCsv(
      payload,
      await readFile(path.join(root, 'data/reactions-import-example.csv'), 'utf8'),
    )
    expect(parsed).toMatchObject({ ok: true, rows: [{ row: 2 }, { row: 3 }, { row: 4 }] })
  })
})

describe('a file with problems', () => {
  const future = new Date(Date.now() + 3 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10)
  const cases: [string, Fields, string][] = [
    [
      'an unknown ISO code',
      { actors: 'FR;XX' },
      '“XX” is not a known State code or organization code.',
    ],
    [
      'a State code in lower case',
      { actors: 'fr' },
      '“fr” is not a known State code or organization code. State codes are in capitals: “FR”.',
    ],
    [
      'an organization code in capitals',
      { actors: 'EU' },
      '“EU” is not a known State code or organization code. Organization codes are in lower case: “eu”.',
    ],
    ['an impossible date', { date: '2024-02-30' }, '2024-02-30 is not a day in the calendar.'],
    [
      'a date in another format',
      { date: '31/05/2024' },
      'the date “31/05/2024” is not written YYYY-MM-DD (e.g. 2024-05-31).',
    ],
    ['a date in the future', { date: future }, `${future} is in the future.`],
    [
      'a year typed wrong',
      { date: '0224-05-31' },
      '0224-05-31 is before the Rome Statute was adopted (17 July 1998): check the year.',
    ],
    [
      'a javascript: source',
      { source_url: 'javascript:alert(1)' },
      'source_url “javascript:alert(1)” is not a web address: it must start with https:// or http://.',
    ],
    [
      'an ftp: source',
      { source_url: 'ftp://example.org/file' },
      'source_url “ftp://example.org/file” is not a web address: it must start with https:// or http://.',
    ],
    [
      'a relative source',
      { source_url: '/statements/1' },
      'source_url “/statements/1” is not a web address: it must start with https:// or http://.',
    ],
    [
      'an unknown stance',
      { stance: 'applauds' },
      '“applauds” is not a stance: use one of condemns, supports, concern, opposes, other.',
    ],
    ['a missing source', { source_url: '' }, 'source_url is empty.'],
    ['a missing English summary', { summary_en: '  ' }, 'summary_en is empty.'],
    ['no actors', { actors: ' ; ' }, '“;” names no State or organization.'],
    [
      'an unclear verified flag',
      { verified: 'maybe' },
      'verified must be “yes”, “no” or empty, not “maybe”.',
    ],
    [
      'a quote language that is no code',
      { quote_language: 'English' },
      'quote_language “English” is not a language code such as en, fr or pt-BR.',
    ],
  ]

  it.each(cases)(
    'refuses %s, by row, writing nothing even of the valid rows',
    async (_name, fields, message) => {
      await expectRefused(csv([row(), row(), row(fields)]), [
        { row: 4, message: `Row 4: ${message}` },
      ])
    },
  )

  it('lists one error per problem, each with its row', async () => {
    const text = csv([
      row(),
      row({ actors: 'XX' }),
      row({ date: '2024-13-01', source_url: 'javascript:alert(1)' }),
      row({ stance: 'applauds' }),
    ])
    await expectRefused(text, [
      { row: 3, message: 'Row 3: “XX” is not a known State code or organization code.' },
      { row: 4, message: 'Row 4: 2024-13-01 is not a day in the calendar.' },
      {
        row: 4,
        message:
          'Row 4: source_url “javascript:alert(1)” is not a web address: it must start with https:// or http://.',
      },
      {
        row: 5,
        message:
          'Row 5: “applauds” is not a stance: use one of condemns, supports, concern, opposes, other.',
      },
    ])
  })

  it('reports an unclosed quote as its row’s problem, not a crash', async () => {
    const [header, valid, broken, after] = csv([row(), row({ summary_en: 'Broken' }), row()])
      .trimEnd()
      .split('\n')
    const text = [header, valid, broken.replace(',Broken,', ',"Broken,'), after].join('\n')
    await expectRefused(text, [
      {
        row: 3,
        message:
          'Row 3: a double quote (") opens a value that is never closed, so the rest of the file could not be read.',
      },
    ])
  })

  it('reports a stray quote and a wrong number of values by row', async () => {
    const [header, valid, stray, extra] = csv([
      row(),
      row({ summary_en: 'Stray' }),
      row({ summary_en: 'Extra' }),
    ])
      .trimEnd()
      .split('\n')
    const text = [
      header,
      valid,
      stray.replace(',Stray,', ',Str"ay,'),
      extra.replace(',Extra,', ',Extra,comma,'),
    ].join('\n')
    await expectRefused(text, [
      {
        row: 3,
        message:
          'Row 3: a double quote (") is out of place: a value containing quotes must itself be in double quotes, with each quote inside it doubled ("").',
      },
      {
        row: 4,
        message: `Row 4: it has ${columns.length + 1} values but the header has ${columns.length} columns: a value containing a comma must be in double quotes.`,
      },
    ])
  })

  it('refuses unknown and missing columns for the whole file', async () => {
    await expectRefused(
      csv([{ ...row(), country: 'FR' } as Fields], [...columns, 'country', 'notes']),
      [
        {
          row: null,
          message: `Unknown column(s): country, notes. The columns are: ${columns.join(', ')}.`,
        },
      ],
    )
    await expectRefused(
      csv(
        [row()],
        columns.filter((column) => column !== 'source_url' && column !== 'stance'),
      ),
      [
        {
          row: null,
          message:
            'Missing column(s): stance, source_url. Every file needs date, actors, stance, summary_en, source_url, source_title.',
        },
      ],
    )
    await expectRefused(csv([row()], [...columns, 'date']), [
      { row: null, message: 'These columns appear more than once: date.' },
    ])
    await expectRefused(csv([row()]).replaceAll(',', ';'), [
      {
        row: null,
        message:
          'The columns are separated by semicolons: save the file as “CSV UTF-8 (comma delimited)”.',
      },
    ])
  })

  it('refuses empty, header-only, oversized and mis-encoded files', async () => {
    await expectRefused('', [
      { row: null, message: 'The file is empty: it needs a header row, then one reaction a row.' },
    ])
    await expectRefused(csv([]), [
      { row: null, message: 'The file has no reactions under its header row.' },
    ])
    await expectRefused(csv([row()]) + ' '.repeat(maxFileBytes), [
      { row: null, message: 'The file is larger than 5 MB: split it into smaller files.' },
    ])
    const many = csv([row()]) + `${csv([row()]).split('\n')[1]}\n`.repeat(10_000)
    await expectRefused(many, [
      {
        row: null,
        message:
          'The file has 10,001 reactions; at most 10,000 can be imported at once: split it into smaller files.',
      },
    ])
    await expectRefused(csv([row({ summary_en: 'R\uFFFDaffirme' })]), [
      {
        row: null,
        message:
          'The file is not in UTF-8, so accented letters would be garbled: save it as “CSV UTF-8”.',
      },
    ])
  })
})

describe('atomicity', () => {
  it('leaves no reaction of the file when a write fails midway', async () => {
    const rows = [
      row({ date: '2024-09-01' }),
      row({ date: '2024-09-02' }),
      row({ date: '2024-09-03', summary_fr: 'Réaffirme son soutien.' }),
    ]
    const before = await reactionCount()
    const failing = (done: number) => {
      if (done === 2) throw new Error('The disk is full')
    }
    await expect(importReactions(payload, csv(rows), { onProgress: failing })).rejects.toThrow(
      'The disk is full',
    )
    expect(await reactionCount()).toBe(before)
    expect(await reactionsFrom(rows)).toEqual([])
    // Rolled back, not half-committed: the same file imports whole afterwards.
    expect(await importReactions(payload, csv(rows))).toEqual({ ok: true, created: 3, skipped: 0 })
  })
})

describe('concurrency', () => {
  it('records each reaction once when the same file is imported twice at the same time', async () => {
    const rows = [
      row({ date: '2024-09-10' }),
      row({ date: '2024-09-11' }),
      row({ date: '2024-09-12' }),
    ]
    const before = await reactionCount()
    const results = await Promise.all([
      importReactions(payload, csv(rows)),
      importReactions(payload, csv(rows)),
    ])
    // One import writes the file; the other, depending on timing, skips it all or is refused whole.
    expect(results.reduce((sum, result) => sum + (result.ok ? result.created : 0), 0)).toBe(3)
    for (const result of results.filter((each) => !each.ok)) {
      expect(result.errors).toEqual([
        {
          row: expect.any(Number),
          message: expect.stringMatching(
            /^Row \d: it could not be saved \((Value must be unique|This reaction is already recorded.*)\), perhaps because it was recorded meanwhile\./,
          ),
        },
      ])
    }
    expect(await reactionCount()).toBe(before + 3)
    expect(await reactionsFrom(rows)).toHaveLength(3)
  })
})

describe('POST /api/reactions/import', () => {
  const restPost = REST_POST(config)
  const tokens = new Map<number, string>()
  let editor: User
  let translator: User

  /** Until the endpoint is in the collection's `endpoints`, it is mounted here; once it is, this does nothing. */
  function post(user: User | null, file?: Blob): Promise<Response> {
    const form = new FormData()
    if (file) form.append('file', file, 'reactions.csv')
    const headers = new Headers()
    if (user) headers.set('Authorization', `JWT ${tokens.get(user.id)}`)
    const request = new Request('http://amicus.test/api/reactions/import', {
      method: 'POST',
      body: form,
      headers,
    })
    return restPost(request, { params: Promise.resolve({ slug: ['reactions', 'import'] }) })
  }

  const csvFile = (text: string) => new Blob([text], { type: 'text/csv' })

  async function messagesOf(response: Response): Promise<ImportMessage[]> {
    return (await response.text())
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as ImportMessage)
  }

  beforeAll(async () => {
    editor = await testUser(payload, 'reaction-import-editor@example.org', ['editor'])
    translator = await testUser(
      payload,
      'reaction-import-translator@example.org',
      ['translator'],
      ['fr'],
    )
    for (const user of [editor, translator]) {
      const { token } = await payload.login({
        collection: 'users',
        data: { email: user.email, password: 'test-password-123' },
      })
      tokens.set(user.id, token ?? '')
    }
  })

  it('refuses anonymous people and translators', async () => {
    const file = csvFile(csv([row()]))
    const anonymous = await post(null, file)
    expect(anonymous.status).toBe(401)
    expect(await anonymous.json()).toEqual({
      errors: [{ row: null, message: 'Log in to import reactions.' }],
    })
    const translating = await post(translator, file)
    expect(translating.status).toBe(403)
    expect(await translating.json()).toEqual({
      errors: [{ row: null, message: 'Only editors can import reactions.' }],
    })
  })

  it('streams progress, then the result, and invalidates the cached pages with the write', async () => {
    const rows = [
      row({ actors: 'FR;DE', date: '2024-10-01' }),
      row({ actors: 'eu', date: '2024-10-02' }),
    ]
    const before = await reactionCount()
    const end = await logEnd(payload)
    const response = await post(editor, csvFile(csv(rows)))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/x-ndjson; charset=utf-8')
    expect(await messagesOf(response)).toEqual([
      { type: 'progress', done: 1, total: 2 },
      { type: 'progress', done: 2, total: 2 },
      { type: 'done', created: 2, skipped: 0 },
    ])
    expect(await reactionCount()).toBe(before + 2)

    expect(await invalidatedSince(payload, end)).toEqual(['reactions', 'statements:pages'])

    const again = await logEnd(payload)
    expect(await messagesOf(await post(editor, csvFile(csv(rows))))).toEqual([
      { type: 'done', created: 0, skipped: 2 },
    ])
    // Nothing changed, nothing to refresh.
    expect(await invalidatedSince(payload, again)).toEqual([])
  })

  it('answers 422 with every problem before writing anything', async () => {
    const before = await reactionCount()
    const response = await post(
      editor,
      csvFile(csv([row(), row({ actors: 'XX' }), row({ stance: 'applauds' })])),
    )
    expect(response.status).toBe(422)
    expect(await response.json()).toEqual({
      errors: [
        { row: 3, message: 'Row 3: “XX” is not a known State code or organization code.' },
        {
          row: 4,
          message:
            'Row 4: “applauds” is not a stance: use one of condemns, supports, concern, opposes, other.',
        },
      ],
    })
    expect(await reactionCount()).toBe(before)
  })

  it('answers 400 without a file and 413 for a file over 5 MB', async () => {
    const none = await post(editor)
    expect(none.status).toBe(400)
    expect(await none.json()).toEqual({
      errors: [
        {
          row: null,
          message: 'Choose the CSV file to import (a form upload with a `file` field).',
        },
      ],
    })
    const large = await post(editor, csvFile(csv([row()]) + ' '.repeat(maxFileBytes)))
    expect(large.status).toBe(413)
    expect(await large.json()).toEqual({
      errors: [
        { row: null, message: 'The file is larger than 5 MB: split it into smaller files.' },
      ],
    })
  })

  it('answers 429 once a person has started their imports for the minute', async () => {
    const busy = await testUser(payload, 'reaction-import-busy@example.org', ['editor'])
    tokens.set(
      busy.id,
      (
        await payload.login({
          collection: 'users',
          data: { email: busy.email, password: 'test-password-123' },
        })
      ).token ?? '',
    )
    for (let attempt = 0; attempt < env.IMPORTS_PER_MINUTE; attempt++)
      expect((await post(busy)).status).toBe(400)
    const refused = await post(busy, csvFile(csv([row()])))
    expect(refused.status).toBe(429)
    expect(await refused.json()).toEqual({
      errors: [{ row: null, message: expect.stringMatching(/many imports.*try again in \d+ s/) }],
    })
    // Someone else is not held back by it.
    expect((await post(editor)).status).toBe(400)
  })
})

describe('npm run import:reactions', () => {
  const script = (file: string, cwd: string) =>
    runTsx('scripts/import-reactions.ts', [file], { env: { ...process.env, INIT_CWD: cwd } })

  it('imports a file named relative to where it was typed, then says what it did', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'reaction-import-'))
    try {
      const rows = [
        row({ actors: 'ZA', date: '2024-11-01' }),
        row({ actors: 'UA', date: '2024-11-02' }),
      ]
      await writeFile(path.join(dir, 'reactions.csv'), csv(rows))
      const { stdout } = await script('reactions.csv', dir)
      expect(stdout).toContain('Importing: 2 of 2 (100%)\n')
      expect(stdout).toContain('Imported 2 reaction(s); skipped 0 already recorded.')
      expect(await reactionsFrom(rows)).toHaveLength(2)

      await writeFile(
        path.join(dir, 'bad.csv'),
        csv([row(), row({ actors: 'XX' }), row({ date: '2024-02-30' })]),
      )
      const failed = await script('bad.csv', dir).catch(
        (error: { code: number; stderr: string }) => error,
      )
      expect(failed).toMatchObject({ code: 1 })
      expect((failed as { stderr: string }).stderr).toContain(
        'Row 3: “XX” is not a known State code or organization code.\nRow 4: 2024-02-30 is not a day in the calendar.\n',
      )
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  }, 120_000)
})

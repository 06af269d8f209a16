import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import config from '@payload-config'
import { REST_GET, REST_POST } from '@payloadcms/next/routes'
import { getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { lexicalDocument } from '@/lib/seed/lexical'
import { segmentText, sourceKeyOf, tagMeanings } from '@/lib/translationMemory/segmentKey'
import { exactMatches, type MemorySegment, rememberSegments } from '@/lib/translationMemory/store'
import { segmentsOf } from '@/lib/translations/xliff/export'
import type { XliffValue } from '@/lib/translations/xliff/model'
import type { User } from '@/payload-types'

import { testUser } from '../helpers/translations'

/**
 * The memory's TMX endpoints, called in-process through the REST route handlers Next serves, with
 * translate-toolkit (Debian's translate-toolkit, run by the system Python) as the other tool that
 * reads Amicus's file and writes one back.
 */

const python = '/usr/bin/python3'
const toolkit = path.join(import.meta.dirname, '../helpers/tmxToolkit.py')
const run = promisify(execFile)

let payload: Payload
let editor: User
/** Another editor for the refused files, so that the import rate limit is not the first thing they meet. */
let checker: User
let translator: User
const tokens = new Map<number, string>()
let workspace: string

/** Marks this file's rows, so that it reads and deletes only its own. */
const mark = `tmx-${Date.now()}`
const linkUrl = 'https://www.icc-cpi.int/rome-statute'

const restGet = REST_GET(config)
const restPost = REST_POST(config)

function api(pathAndQuery: string, user: User | null, init: RequestInit = {}): Promise<Response> {
  const url = new URL(`http://amicus.test/api/${pathAndQuery}`)
  const slug = url.pathname.replace('/api/', '').split('/')
  const headers = new Headers(init.headers)
  if (user) headers.set('Authorization', `JWT ${tokens.get(user.id)}`)
  const handler = (init.method ?? 'GET') === 'GET' ? restGet : restPost
  return handler(new Request(url, { ...init, headers }), { params: Promise.resolve({ slug }) })
}

const download = (user: User | null, target = 'fr') =>
  api(`translation-memory/tmx?target=${target}`, user)

type Counts = { stored: number; updated: number; skipped: number; plain: number }
type Answer = { status: number; body: Partial<Counts> & { errors?: { message: string }[] } }

async function upload(user: User | null, file: BlobPart | null): Promise<Answer> {
  const form = new FormData()
  if (file !== null) form.append('file', new Blob([file]), 'memory.tmx')
  const response = await api('translation-memory/tmx', user, { method: 'POST', body: form })
  return { status: response.status, body: await response.json() }
}

type ToolkitUnit = { id: string; source: string; tuvs: { lang: string; words: string }[] }

async function toolkitList(xml: string): Promise<ToolkitUnit[]> {
  const file = path.join(workspace, 'listed.tmx')
  await writeFile(file, xml)
  const { stdout } = await run(python, [toolkit, 'list', file])
  return JSON.parse(stdout) as ToolkitUnit[]
}

/** The file as translate-toolkit writes it back with one unit more. */
async function toolkitAdd(xml: string, source: string, target: string): Promise<string> {
  const [input, output] = [path.join(workspace, 'in.tmx'), path.join(workspace, 'out.tmx')]
  await writeFile(input, xml)
  await run(python, [toolkit, 'add', input, output, source, target, 'fr'])
  return readFile(output, 'utf8')
}

type Row = {
  id: number
  entry_key: string
  source_key: string
  source: XliffValue
  target: XliffValue
  tags: Record<string, string>
  origin: string
  statement_id: number | null
  segment: string | null
  stored_at: Date
}

/** This file's rows, as the database has them. */
async function ownRows(): Promise<Row[]> {
  const { rows } = await payload.db.pool.query<Row>(
    `SELECT id, entry_key, source_key, source, target, tags, origin, statement_id, segment, stored_at
     FROM translation_memory WHERE source_text LIKE '%' || $1 || '%' ORDER BY id`,
    [mark],
  )
  return rows
}

const memorySize = async () =>
  (await payload.count({ collection: 'translation-memory', overrideAccess: true })).totalDocs

/** Segments of an accepted French translation: a title, and a paragraph with a link and bold. */
const remembered: MemorySegment[] = segmentsOf({
  title: `The Court stands (${mark})`,
  standfirst: null,
  description: null,
  body: lexicalDocument([`Read the [Rome Statute](${linkUrl}) and act **now** (${mark}).`]),
}).map((segment) => ({
  sourceLocale: 'en',
  targetLocale: 'fr',
  source: segment.value,
  target: JSON.parse(
    JSON.stringify(segment.value)
      .replace('The Court stands', 'La Cour tient')
      .replace('Read the ', 'Lisez le ')
      .replace('Rome Statute', 'Statut de Rome')
      .replace(' and act ', ' et agissez ')
      .replace('"now"', '"maintenant"'),
  ) as XliffValue,
  tags: tagMeanings(segment.tags),
  origin: 'accepted',
  segment: segment.id,
}))

beforeAll(async () => {
  try {
    await run(python, ['-c', 'import translate.storage.tmx'])
  } catch {
    throw new Error(
      `translate-toolkit is missing for ${python}: install it (Debian/Ubuntu, as root) with apt-get install -y translate-toolkit`,
    )
  }
  workspace = await mkdtemp(path.join(tmpdir(), 'amicus-tmx-'))
  payload = await getPayload({ config })
  editor = await testUser(payload, 'tmx-editor@example.org', ['editor'])
  checker = await testUser(payload, 'tmx-checker@example.org', ['editor'])
  translator = await testUser(payload, 'tmx-translator@example.org', ['translator'], ['fr'])
  for (const user of [editor, checker, translator]) {
    const { token } = await payload.login({
      collection: 'users',
      data: { email: user.email, password: 'test-password-123' },
    })
    tokens.set(user.id, token ?? '')
  }
  expect(await rememberSegments(payload, remembered)).toBe(2)
})

afterAll(async () => {
  await payload.delete({
    collection: 'translation-memory',
    where: { sourceText: { contains: mark } },
    overrideAccess: true,
  })
  await rm(workspace, { recursive: true, force: true })
  await payload.destroy()
})

describe('TMX export and import', () => {
  it('exports the memory for translate-toolkit to read, and imports it back unchanged but for dates', async () => {
    const response = await download(editor)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/x-tmx+xml; charset=utf-8')
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="amicus-en-fr.tmx"',
    )
    expect(response.headers.get('cache-control')).toBe('private, no-store')
    const xml = await response.text()

    const units = await toolkitList(xml)
    const ours = units.filter((unit) => unit.tuvs[0].words.includes(mark))
    expect(ours.map((unit) => unit.tuvs)).toEqual(
      remembered.map((segment) => [
        { lang: 'en', words: segmentText(segment.source) },
        { lang: 'fr', words: segmentText(segment.target) },
      ]),
    )
    // The link's target is in the file, carried by its tag, for the file to come back whole.
    expect(ours[1].source).toContain(linkUrl)

    const before = await ownRows()
    const answer = await upload(editor, xml)
    expect(answer).toEqual({
      status: 200,
      body: { stored: 0, updated: units.length, skipped: 0, plain: 0 },
    })
    const after = await ownRows()
    const withoutDate = ({ stored_at: _, ...row }: Row) => row
    expect(after.map(withoutDate)).toEqual(before.map(withoutDate))
    after.forEach((row, index) =>
      expect(row.stored_at.getTime()).toBeGreaterThan(before[index].stored_at.getTime()),
    )
  })

  it('imports a unit translate-toolkit added, as an exact match from a TMX file', async () => {
    const exported = await (await download(editor)).text()
    const source = `The Assembly of States Parties meets (${mark}).`
    const target = `L’Assemblée des États parties se réunit (${mark}).`
    const written = await toolkitAdd(exported, source, target)
    const size = await memorySize()

    const answer = await upload(editor, written)
    expect(answer.status).toBe(200)
    expect(answer.body).toMatchObject({ stored: 1, skipped: 0, plain: 0 })
    expect(await memorySize()).toBe(size + 1)

    const keys = [
      sourceKeyOf('en', source, {}),
      ...remembered.map((segment) => sourceKeyOf('en', segment.source, segment.tags)),
    ]
    const matches = await exactMatches(payload, { sourceLocale: 'en', targetLocale: 'fr' }, keys)
    expect(matches.get(keys[0])).toMatchObject({ origin: 'tmx', targetText: target })
    // The pairs Amicus exported stay as they were accepted, tags and all.
    remembered.forEach((segment, index) =>
      expect(matches.get(keys[index + 1])).toMatchObject({
        origin: 'accepted',
        tags: segment.tags,
        targetText: segmentText(segment.target),
      }),
    )
  })

  it('reads a file saved as UTF-16, as some CAT tools save TMX', async () => {
    const xml = `<?xml version="1.0" encoding="UTF-16"?><tmx version="1.4"><header srclang="en" creationtool="t" segtype="block" o-tmf="t" adminlang="en" datatype="plaintext"/><body><tu><tuv xml:lang="en"><seg>The Rome Statute (${mark})</seg></tuv><tuv xml:lang="ar"><seg>نظام روما الأساسي (${mark})</seg></tuv></tu></body></tmx>`
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(xml, 'utf16le'))])
    expect(await upload(editor, utf16)).toEqual({
      status: 200,
      body: { stored: 1, updated: 0, skipped: 0, plain: 0 },
    })
    const key = sourceKeyOf('en', `The Rome Statute (${mark})`, {})
    const matches = await exactMatches(payload, { sourceLocale: 'en', targetLocale: 'ar' }, [key])
    expect(matches.get(key)?.targetText).toBe(`نظام روما الأساسي (${mark})`)
  })

  it('lets editors only export and import', async () => {
    expect((await download(null)).status).toBe(401)
    expect((await download(translator)).status).toBe(403)
    expect((await download(editor, 'de')).status).toBe(400)
    expect((await upload(null, 'x')).status).toBe(401)
    expect((await upload(translator, 'x')).status).toBe(403)
  })

  const tmx = (header: string, units: string, version = '1.4') =>
    `<?xml version="1.0"?><tmx version="${version}"><header ${header} creationtool="t" segtype="block" o-tmf="t" adminlang="en" datatype="plaintext"/><body>${units}</body></tmx>`
  const unit = (lang: string) =>
    `<tu><tuv xml:lang="en"><seg>Court (${mark}-refused)</seg></tuv><tuv xml:lang="${lang}"><seg>Cour</seg></tuv></tu>`

  it.each([
    ['no file', null, 400, /Choose the TMX file/],
    [
      'text that is neither UTF-8 nor UTF-16',
      new Uint8Array([0x3c, 0xc3, 0x28]),
      400,
      /neither UTF-8/,
    ],
    ['a file that is not XML', 'Court;Cour', 400, /not well-formed XML/],
    ['a file cut short', tmx('srclang="en"', unit('fr')).slice(0, -20), 400, /not well-formed XML/],
    ['TMX 1.3', tmx('srclang="en"', unit('fr'), '1.3'), 422, /TMX 1\.3/],
    ['a header without srclang', tmx('', unit('fr')), 422, /no srclang/],
    ['a memory from German', tmx('srclang="de"', unit('fr')), 422, /source language is “de”/],
    [
      'units in languages Amicus does not keep',
      tmx('srclang="en"', unit('de')),
      422,
      /other languages: de/,
    ],
    [
      'a file over 25 MB',
      tmx('srclang="en"', unit('fr').repeat(300_000)),
      413,
      /larger than 25 MB/,
    ],
  ])('refuses %s and stores nothing', async (_, file, status, message) => {
    const size = await memorySize()
    const answer = await upload(checker, file)
    expect(answer.status).toBe(status)
    expect(answer.body.errors?.[0].message).toMatch(message)
    expect(await memorySize()).toBe(size)
  })
})

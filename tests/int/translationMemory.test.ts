import config from '@payload-config'
import { REST_GET, REST_POST } from '@payloadcms/next/routes'
import { createLocalReq, getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { type Element, xml2js } from 'xml-js'

import { lexicalDocument } from '@/lib/seed/lexical'
import { progressCounts, translationProgress } from '@/lib/translationMemory/progress'
import { loadStatementSource } from '@/lib/translations/statementSource'
import type { Translation, User } from '@/payload-types'

import { publishTranslation, testUser } from '../helpers/translations'

// Accepting a translation revalidates cache tags, which needs Next's cache outside Next.
vi.mock('next/cache', () => import('../helpers/fakeNextCache'))

/**
 * The translation memory end to end through the app's own paths: a French translation accepted,
 * one paragraph of the original changed, then a new French translation started in the admin
 * (POST /api/translations/start) and downloaded as XLIFF.
 */

let payload: Payload
let editor: User
let french: User
const tokens = new Map<number, string>()
const statements: number[] = []

const restGet = REST_GET(config)
const restPost = REST_POST(config)

function api(path: string, user: User, init: RequestInit = {}): Promise<Response> {
  const url = new URL(`http://amicus.test/api/${path}`)
  const slug = url.pathname.replace('/api/', '').split('/')
  const headers = new Headers(init.headers)
  headers.set('Authorization', `JWT ${tokens.get(user.id)}`)
  const handler = (init.method ?? 'GET') === 'GET' ? restGet : restPost
  return handler(new Request(url, { ...init, headers }), { params: Promise.resolve({ slug }) })
}

const english = {
  standfirst: 'The coalition asks every State to stand by the Court.',
  seoTitle: 'Stand by the Court',
  description: 'Why the coalition asks States to stand by the Court.',
  body: [
    '## What we ask',
    'States Parties must **cooperate** with the Court.',
    'Read the [Rome Statute](https://www.icc-cpi.int/rome-statute) before the Assembly.',
    'Arrest warrants must be executed.',
    'Victims deserve **reparations** and a [voice](https://www.icc-cpi.int/victims).',
    'The budget must match the workload.',
    'Civil society stands ready to help.',
    'We will follow up at the next session.',
  ],
}
const frenchText: Record<string, string> = {
  standfirst: 'La coalition demande à chaque État de soutenir la Cour.',
  seoTitle: 'Soutenir la Cour',
  description: 'Pourquoi la coalition demande aux États de soutenir la Cour.',
}
const frenchBody = [
  '## Ce que nous demandons',
  'Les États parties doivent **coopérer** avec la Cour.',
  'Lisez le [Statut de Rome](https://www.icc-cpi.int/rome-statute) avant l’Assemblée.',
  'Les mandats d’arrêt doivent être exécutés.',
  // The translator moved the tags: the link before the bold, as French reads.
  'Les victimes méritent une [voix](https://www.icc-cpi.int/victims) et des **réparations**.',
  'Le budget doit correspondre à la charge de travail.',
  'La société civile est prête à aider.',
  'Nous assurerons le suivi à la prochaine session.',
]
/** The paragraph the editor changes after the French is published (body.5). */
const changed = 'The budget must match the workload of the Court in 2027.'

async function createStatement(title: string) {
  const doc = await payload.create({
    collection: 'statements',
    locale: 'en',
    data: {
      title,
      standfirst: english.standfirst,
      meta: { title: english.seoTitle, description: english.description },
      body: lexicalDocument(english.body),
      kind: 'statement',
      publishedAt: '2026-11-30',
      _status: 'published',
    },
    context: { disableRevalidate: true },
  })
  statements.push(doc.id)
  return doc
}

function start(user: User, statement: number): Promise<Response> {
  const form = new FormData()
  form.append('statement', String(statement))
  form.append('locale', 'fr')
  return api('translations/start', user, { method: 'POST', body: form })
}

const translation = (id: number) =>
  payload.findByID({ collection: 'translations', id, depth: 0, overrideAccess: true })

/** Where each segment of `draft` stands against the statement as it is now. */
async function progressOf(statement: number, draft: Translation) {
  const req = await createLocalReq({}, payload)
  const current = await loadStatementSource(req, statement)
  if (!current) throw new Error(`Statement ${statement} is gone.`)
  return translationProgress(req, current.source, 'fr', draft)
}

/** Each trans-unit of an XLIFF file: its target's attributes and its notes, read by an XML parser. */
function unitsOf(xml: string) {
  const walk = (element: Element): Element[] =>
    (element.elements ?? []).flatMap((child) =>
      child.name === 'trans-unit' ? [child] : walk(child),
    )
  return new Map(
    walk(xml2js(xml) as Element).map((unit) => {
      const child = (name: string) => unit.elements?.filter((element) => element.name === name)
      const notes = (child('note') ?? []).map((note) => String(note.elements?.[0]?.text ?? ''))
      return [String(unit.attributes?.id), { target: child('target')?.[0]?.attributes, notes }]
    }),
  )
}

beforeAll(async () => {
  payload = await getPayload({ config })
  editor = await testUser(payload, 'memory-editor@example.org', ['editor'])
  french = await testUser(payload, 'memory-french@example.org', ['translator'], ['fr'])
  for (const user of [editor, french]) {
    const { token } = await payload.login({
      collection: 'users',
      data: { email: user.email, password: 'test-password-123' },
    })
    tokens.set(user.id, token ?? '')
  }
})

afterAll(async () => {
  await payload.delete({
    collection: 'statements',
    where: { id: { in: statements } },
    overrideAccess: true,
  })
  await payload.destroy()
})

describe('the translation memory', () => {
  it('carries every unchanged segment over to the next translation, leaving only the changed paragraph to translate', async () => {
    const statement = await createStatement('Stand by the Court in 2026')
    const accepted = await publishTranslation(payload, {
      statement: statement.id,
      locale: 'fr',
      editor,
      fields: {
        title: 'Soutenir la Cour en 2026',
        ...frenchText,
        body: lexicalDocument(frenchBody, 'ltr'),
      },
    })

    // Accepting stored each of its 12 segments (title, standfirst, SEO title and description, 8 blocks).
    const remembered = await payload.find({
      collection: 'translation-memory',
      where: { translation: { equals: accepted.id } },
      limit: 100,
      overrideAccess: true,
    })
    expect(remembered.docs.map((entry) => entry.segment).sort()).toEqual(
      [
        'title',
        'standfirst',
        'seoTitle',
        'description',
        ...english.body.map((_, i) => `body.${i}`),
      ].sort(),
    )
    const moved = remembered.docs.find((entry) => entry.segment === 'body.4')
    // The moved tags were renumbered to the source's: the bold is 1 in the English, the link 2.
    expect(JSON.stringify(moved?.target)).toMatch(
      /"id":"2","ctype":"x-link".*"id":"1","ctype":"bold"/,
    )

    // The editor changes one paragraph and publishes.
    await payload.update({
      collection: 'statements',
      id: statement.id,
      locale: 'en',
      data: {
        body: lexicalDocument(english.body.map((text, i) => (i === 5 ? changed : text))),
        _status: 'published',
      },
      context: { disableRevalidate: true },
    })

    const response = await start(french, statement.id)
    expect(response.status).toBe(303)
    const draft = await translation(Number(response.headers.get('location')?.split('/').at(-1)))
    expect(draft.status).toBe('draft')
    expect(draft.title).toBe('Soutenir la Cour en 2026')
    expect(draft.standfirst).toBe(frenchText.standfirst)
    expect(draft.seoTitle).toBe(frenchText.seoTitle)
    expect(JSON.stringify(draft.body)).toContain('Les victimes méritent une ')
    expect(JSON.stringify(draft.body)).toContain(changed)
    expect(JSON.stringify(draft.body)).not.toContain('Le budget doit correspondre')

    const progress = await progressOf(statement.id, draft)
    const counts = progressCounts(progress)
    expect(counts).toEqual({ segments: 12, memory: 11, toTranslate: 1, translated: 0 })
    expect(progress.filter((item) => item.origin === 'toTranslate').map((item) => item.id)).toEqual(
      ['body.5'],
    )

    // The XLIFF download marks the memory's targets final and the original's as needing work.
    const download = await api(`translations/xliff?statement=${statement.id}&locale=fr`, french)
    const xml = await download.text()
    const units = unitsOf(xml)
    const exact = [...units].filter(
      ([, unit]) =>
        unit.target?.state === 'final' && unit.target?.['state-qualifier'] === 'exact-match',
    )
    expect(exact.map(([id]) => id)).toHaveLength(11)
    expect(units.get('body.5')?.target).toEqual({ state: 'needs-translation' })
    expect(units.get('body.4')?.notes).toEqual([
      `From the translation memory: the French translation of statement ${statement.id} (translation ${accepted.id}), accepted on ${accepted.reviewedAt?.slice(0, 10)}.`,
    ])

    // The translator writes the changed paragraph: it counts as translated, and the file says so.
    const body = structuredClone(draft.body)
    const block = body?.root.children[5] as { children: { text: string }[] } | undefined
    if (block)
      block.children = [
        { ...block.children[0], text: 'Le budget doit suivre la charge de la Cour en 2027.' },
      ]
    const saved = await payload.update({
      collection: 'translations',
      id: draft.id,
      data: { body },
      user: french,
      overrideAccess: false,
    })
    expect(progressCounts(await progressOf(statement.id, saved))).toEqual({
      segments: 12,
      memory: 11,
      toTranslate: 0,
      translated: 1,
    })
    const again = await api(`translations/xliff?statement=${statement.id}&locale=fr`, french)
    const file = await again.text()
    expect(unitsOf(file).get('body.5')?.target).toEqual({ state: 'translated' })

    // The file goes back as it came: the import takes it, states and notes and all.
    const direct = new FormData()
    direct.append('statement', String(statement.id))
    direct.append('locale', 'fr')
    direct.append('file', new Blob([file]), 'statement.fr.xlf')
    const uploaded = await api('translations/xliff', french, { method: 'POST', body: direct })
    expect(uploaded.status).toBe(200)
    expect((await translation(draft.id)).status).toBe('submitted')

    // Accepted, the translation brought in by the file adds its new paragraph to the memory.
    await payload.update({
      collection: 'translations',
      id: draft.id,
      data: { status: 'accepted' },
      user: editor,
      overrideAccess: false,
    })
    const latest = await payload.find({
      collection: 'translation-memory',
      where: { and: [{ translation: { equals: draft.id } }, { segment: { equals: 'body.5' } }] },
      overrideAccess: true,
    })
    expect(latest.docs.map((entry) => [entry.sourceText, entry.targetText])).toEqual([
      [changed, 'Le budget doit suivre la charge de la Cour en 2027.'],
    ])
  })
})

import config from '@payload-config'
import { getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { matchEnd, matchStart, searchStatements } from '@/lib/search/searchStatements'
import { lexicalDocument } from '@/lib/seed/lexical'

import { publishTranslation, testUser } from '../helpers/translations'

let payload: Payload
let statementId: number
let draftId: number
let englishOnlyId: number
const context = { disableRevalidate: true }

beforeAll(async () => {
  payload = await getPayload({ config })
  const doc = await payload.create({
    collection: 'statements',
    locale: 'en',
    data: {
      title: 'Defending the independence of the Court',
      standfirst: 'States Parties must protect the Court.',
      body: lexicalDocument(['Sanctions against judges threaten victims everywhere.']),
      kind: 'statement',
      publishedAt: '2024-05-01',
      _status: 'published',
    },
    context,
  })
  statementId = doc.id
  const editor = await testUser(payload, 'search-editor@example.org', ['editor'])
  await publishTranslation(payload, {
    statement: doc.id,
    locale: 'fr',
    fields: {
      title: 'Défendre l’indépendance de la Cour',
      standfirst: 'Les États parties doivent protéger la Cour.',
      body: lexicalDocument(['Les sanctions contre les juges menacent les victimes partout.']),
    },
    editor,
    context,
  })
  await publishTranslation(payload, {
    statement: doc.id,
    locale: 'ar',
    fields: {
      title: 'الدفاع عن استقلال المحكمة',
      standfirst: 'على الدول الأطراف حماية المحكمة.',
      body: lexicalDocument(['العقوبات على القضاة تهدد الضحايا في كل مكان.'], 'rtl'),
    },
    editor,
    context,
  })
  const draft = await payload.create({
    collection: 'statements',
    data: {
      title: 'Hidden draft about sanctions',
      kind: 'statement',
      publishedAt: '2024-05-02',
      _status: 'draft',
    },
    draft: true,
    context,
  })
  draftId = draft.id
  const englishOnly = await payload.create({
    collection: 'statements',
    locale: 'en',
    data: {
      title: 'Shipyard budget notes',
      kind: 'statement',
      publishedAt: '2024-05-03',
      _status: 'published',
    },
    context,
  })
  englishOnlyId = englishOnly.id
})

afterAll(async () => {
  await payload.delete({
    collection: 'statements',
    where: { id: { in: [statementId, draftId, englishOnlyId] } },
    overrideAccess: true,
    context,
  })
  await payload.destroy()
})

const ids = async (...args: Parameters<typeof searchStatements>) =>
  (await searchStatements(...args)).map((hit) => hit.id)

describe('search', () => {
  it('finds French words with and without accents, and inflected forms', async () => {
    expect(await ids('fr', 'indépendance')).toEqual([statementId])
    expect(await ids('fr', 'independance')).toEqual([statementId])
    expect(await ids('fr', 'juge')).toEqual([statementId])
    expect(await ids('fr', 'DÉFENDRE')).toEqual([statementId])
  })

  it('finds Arabic words', async () => {
    expect(await ids('ar', 'المحكمة')).toEqual([statementId])
    expect(await ids('ar', 'العقوبات')).toEqual([statementId])
  })

  it('searches each statement in the reader’s language, and published statements only', async () => {
    expect(await ids('en', 'partout')).toEqual([])
    expect(await ids('fr', 'partout')).toEqual([statementId])
    expect(await ids('en', 'sanctions')).toEqual([statementId])
    expect(await ids('en', 'hidden draft')).toEqual([])
  })

  it('finds an untranslated statement in its original, and says which language that is', async () => {
    const hits = await searchStatements('fr', 'shipyard')
    expect(hits.map((hit) => [hit.id, hit.contentLocale, hit.title])).toEqual([
      [englishOnlyId, 'en', 'Shipyard budget notes'],
    ])
    expect(await ids('fr', 'everywhere')).toEqual([])
  })

  it('marks the matches in the excerpt', async () => {
    const [hit] = await searchStatements('en', 'judges')
    expect(hit.excerpt).toContain(`${matchStart}judges${matchEnd}`)
  })

  it('treats garbage, operators and huge queries as text', async () => {
    expect(await ids('en', '')).toEqual([])
    expect(await ids('en', "'); DROP TABLE statements; --")).toEqual([])
    expect(await ids('en', '"unbalanced quote OR -( & | !')).toEqual([])
    expect(await ids('en', 'court '.repeat(5000))).toEqual([statementId])
    expect(await ids('en', 'court\u0000\u0000')).toEqual([statementId])
  })
})

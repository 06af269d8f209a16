import config from '@payload-config'
import { getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { availableVersions } from '@/lib/data/statements'
import { lexicalDocument } from '@/lib/seed/lexical'
import { languageStatuses, sourceChangesSince } from '@/lib/translations/languageStates'
import type { Statement, Translation, User } from '@/payload-types'

import { revalidated } from '../helpers/fakeNextCache'
import { testUser } from '../helpers/translations'

vi.mock('next/cache', () => import('../helpers/fakeNextCache'))

let payload: Payload
let editor: User
let french: User
let otherFrench: User
let spanish: User
const statements: number[] = []

async function createStatement(title: string, paragraphs: string[] = ['The Court must stay independent.']) {
  const doc = await payload.create({
    collection: 'statements',
    locale: 'en',
    data: { title, standfirst: `${title}: standfirst.`, body: lexicalDocument(paragraphs), kind: 'statement', publishedAt: '2024-05-31', _status: 'published' },
    user: editor,
    overrideAccess: false,
  })
  statements.push(doc.id)
  return doc
}

const as = (user: User) => ({ user, overrideAccess: false as const })

type Extra = Partial<Pick<Translation, 'title' | 'slug' | 'status' | 'locale'>> & { translator?: number }

function draftFor(statement: number, locale: 'fr' | 'es' | 'ar', user: User, extra: Extra = {}) {
  return payload.create({
    collection: 'translations',
    data: { statement, locale, title: `Titre ${statement}`, standfirst: 'Chapeau.', body: lexicalDocument(['Texte traduit.']), ...extra, status: extra.status ?? 'draft' },
    ...as(user),
  })
}

/** Rejected, with `pattern` in the message people see (a validation error's field message, or the error's own). */
async function refused(promise: Promise<unknown>, pattern: RegExp) {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason as { message: string; data?: { errors?: { message: string }[] } },
  )
  expect(error, 'expected the operation to be refused').not.toBeNull()
  expect([error?.message, ...(error?.data?.errors?.map((item) => item.message) ?? [])].join(' | ')).toMatch(pattern)
}

const move = (id: number, user: User, data: Partial<Translation>) => payload.update({ collection: 'translations', id, data, ...as(user) })

/** The statement as anonymous readers get it, every locale at once. */
const publishedDoc = async (id: number) =>
  (await payload.findByID({ collection: 'statements', id, locale: 'all', draft: false, depth: 0, overrideAccess: false })) as unknown as {
    title: Record<string, string | undefined>
  } & Statement

/** The editor's latest draft, every locale at once. */
const latestDraft = async (id: number) =>
  (await payload.findByID({ collection: 'statements', id, locale: 'all', draft: true, depth: 0, ...as(editor) })) as unknown as {
    title: Record<string, string | undefined>
  }

beforeAll(async () => {
  payload = await getPayload({ config })
  editor = await testUser(payload, 'tr-editor@example.org', ['editor'])
  french = await testUser(payload, 'tr-french@example.org', ['translator'], ['fr'])
  otherFrench = await testUser(payload, 'tr-french-2@example.org', ['translator'], ['fr'])
  spanish = await testUser(payload, 'tr-spanish@example.org', ['translator'], ['es'])
})

afterAll(async () => {
  const { errors } = await payload.delete({ collection: 'statements', where: { id: { in: statements } }, overrideAccess: true })
  expect(errors).toEqual([])
  await payload.destroy()
})

describe('the translation workflow', () => {
  it('goes from draft to submitted to changes requested to submitted to accepted', async () => {
    const statement = await createStatement('Workflow statement')
    const sendEmail = vi.spyOn(payload, 'sendEmail')

    // The body says someone else translated it: the logged-in translator is recorded instead.
    const draft = await draftFor(statement.id, 'fr', french, { translator: otherFrench.id })
    expect(draft.status).toBe('draft')
    expect(draft.translator).toMatchObject({ id: french.id })
    expect(draft.sourceRevision).toBe(statement.sourceRevision)

    const submitted = await move(draft.id, french, { status: 'submitted' })
    expect(submitted.submittedAt).toBeTruthy()
    expect(sendEmail).toHaveBeenCalledWith(expect.objectContaining({ to: expect.arrayContaining([editor.email]), subject: 'Translation to review (Français): Workflow statement' }))

    await refused(move(draft.id, editor, { status: 'changes_requested' }), /Say what needs to change/)
    const sentBack = await move(draft.id, editor, { status: 'changes_requested', reviewComment: 'Use “États parties”.' })
    expect(sentBack.reviewer).toMatchObject({ id: editor.id })
    expect(sendEmail).toHaveBeenLastCalledWith(expect.objectContaining({ to: [french.email], subject: expect.stringContaining('needs changes') }))

    await move(draft.id, french, { title: 'Déclaration sur le processus', status: 'submitted' })
    const accepted = await move(draft.id, editor, { status: 'accepted' })
    expect(accepted.history?.map((entry) => entry.status)).toEqual(['draft', 'submitted', 'changes_requested', 'submitted', 'accepted'])

    const doc = await publishedDoc(statement.id)
    expect(doc.title.fr).toBe('Déclaration sur le processus')
    expect(await availableVersions(statement.id)).toEqual({ en: 'workflow-statement', fr: 'declaration-sur-le-processus' })
    expect(revalidated).toContain(`statement:${statement.id}`)
    sendEmail.mockRestore()
  })

  it('lets an editor reject a submission with a comment, and then it is final', async () => {
    const statement = await createStatement('Rejected statement')
    const draft = await draftFor(statement.id, 'fr', french, { status: 'submitted' })
    const rejected = await move(draft.id, editor, { status: 'rejected', reviewComment: 'Machine translation.' })
    expect(rejected.status).toBe('rejected')
    await refused(move(draft.id, editor, { status: 'accepted' }), /final/)
    await refused(move(draft.id, editor, { title: 'Changed after review' }), /final/)
    expect(await availableVersions(statement.id)).toEqual({ en: 'rejected-statement' })
  })
})

describe('what translators may not do', () => {
  let statement: Statement
  beforeAll(async () => {
    statement = await createStatement('Forbidden moves statement')
  })

  it('accept or reject their own work, from draft or from submitted', async () => {
    const draft = await draftFor(statement.id, 'fr', french)
    await refused(move(draft.id, french, { status: 'accepted' }), /Only an editor/)
    await move(draft.id, french, { status: 'submitted' })
    await expect(move(draft.id, french, { status: 'accepted' })).rejects.toThrow()
    await expect(move(draft.id, french, { status: 'rejected' })).rejects.toThrow()
    const still = await payload.findByID({ collection: 'translations', id: draft.id, overrideAccess: true })
    expect(still.status).toBe('submitted')
  })

  it('edit after submitting', async () => {
    const { docs } = await payload.find({ collection: 'translations', where: { statement: { equals: statement.id } }, overrideAccess: true })
    await expect(move(docs[0].id, french, { title: 'Sneaky edit' })).rejects.toThrow()
    const still = await payload.findByID({ collection: 'translations', id: docs[0].id, overrideAccess: true })
    expect(still.title).not.toBe('Sneaky edit')
  })

  it('read, edit or delete someone else’s translation', async () => {
    const theirs = await draftFor(statement.id, 'fr', otherFrench)
    await expect(move(theirs.id, french, { title: 'Not mine' })).rejects.toThrow()
    await expect(payload.delete({ collection: 'translations', id: theirs.id, ...as(french) })).rejects.toThrow()
    const visible = await payload.find({ collection: 'translations', where: { statement: { equals: statement.id } }, ...as(french) })
    expect(visible.docs.every((doc) => (doc.translator as User).id === french.id)).toBe(true)
    expect((await payload.findByID({ collection: 'translations', id: theirs.id, overrideAccess: true })).title).toBe(theirs.title)
  })

  it('work in a language that is not theirs', async () => {
    await refused(draftFor(statement.id, 'es', french), /You translate into Français, not Español/)
    await refused(draftFor(statement.id, 'en' as 'fr', editor), /locale/i)
    // A translation stays in its language: a change of locale is not taken.
    const mine = await draftFor(statement.id, 'es', spanish)
    const after = await payload.update({ collection: 'translations', id: mine.id, data: { locale: 'fr' }, ...as(spanish) })
    expect(after.locale).toBe('es')
  })

  it('touch a statement directly, in any language', async () => {
    await expect(
      payload.update({ collection: 'statements', id: statement.id, locale: 'fr', data: { title: 'Directement' }, ...as(french) }),
    ).rejects.toThrow()
    // Editors cannot write another language into the statement either: that goes through a translation.
    await payload.update({ collection: 'statements', id: statement.id, locale: 'fr', data: { title: 'Par l’éditeur', _status: 'published' }, ...as(editor) })
    expect((await publishedDoc(statement.id)).title.fr).toBeFalsy()
    // Nor start a statement in another language.
    await refused(
      payload.create({ collection: 'statements', locale: 'fr', data: { title: 'Nouvelle', kind: 'statement', publishedAt: '2024-06-01', _status: 'published' }, ...as(editor) }),
      /written in English first/,
    )
  })

  it('start two translations of one statement into one language', async () => {
    const other = await createStatement('Duplicate statement')
    await draftFor(other.id, 'fr', french)
    await refused(draftFor(other.id, 'fr', french), /already have a Français translation/)
  })
})

describe('publishing one language', () => {
  it('accepting French publishes French only, and keeps the editor’s pending English draft', async () => {
    const statement = await createStatement('English v1', ['The first English text.'])
    await payload.update({ collection: 'statements', id: statement.id, locale: 'en', data: { title: 'English v2 draft' }, draft: true, ...as(editor) })
    const spanishDraft = await draftFor(statement.id, 'es', spanish, { title: 'Borrador español', status: 'submitted' })
    const frenchDraft = await draftFor(statement.id, 'fr', french, { title: 'Français v1', status: 'submitted' })

    await move(frenchDraft.id, editor, { status: 'accepted' })

    const published = await publishedDoc(statement.id)
    expect(published.title).toEqual({ en: 'English v1', fr: 'Français v1' })
    expect(published.localeVersions?.map((entry) => entry.locale)).toEqual(['fr'])
    expect(await availableVersions(statement.id)).toEqual({ en: 'english-v1', fr: 'francais-v1' })
    expect((await latestDraft(statement.id)).title).toEqual({ en: 'English v2 draft', fr: 'Français v1' })
    expect((await payload.findByID({ collection: 'translations', id: spanishDraft.id, overrideAccess: true })).status).toBe('submitted')

    // The editor keeps editing, then publishes: both languages survive.
    await payload.update({ collection: 'statements', id: statement.id, locale: 'en', data: { title: 'English v3' }, draft: true, ...as(editor) })
    await payload.update({ collection: 'statements', id: statement.id, locale: 'en', data: { _status: 'published' }, ...as(editor) })
    expect((await publishedDoc(statement.id)).title).toEqual({ en: 'English v3', fr: 'Français v1' })
  })

  it('refuses a translated address another statement already uses, and accepts nothing', async () => {
    const first = await createStatement('Slug owner')
    const second = await createStatement('Slug borrower')
    const taken = await draftFor(first.id, 'fr', french, { title: 'Adresse prise', status: 'submitted' })
    await move(taken.id, editor, { status: 'accepted' })
    const clash = await draftFor(second.id, 'fr', french, { title: 'Adresse prise', status: 'submitted' })
    await expect(move(clash.id, editor, { status: 'accepted' })).rejects.toThrow()
    expect((await payload.findByID({ collection: 'translations', id: clash.id, overrideAccess: true })).status).toBe('submitted')
    expect(await availableVersions(second.id)).toEqual({ en: 'slug-borrower' })
  })
})

describe('outdated translations', () => {
  it('are flagged when the published source changes, with what changed, until a new translation is accepted', async () => {
    const statement = await createStatement('Outdated statement', ['States must cooperate with the Court.'])
    const first = await draftFor(statement.id, 'fr', french, { title: 'Déclaration périmée', status: 'submitted' })
    await move(first.id, editor, { status: 'accepted' })
    const before = await publishedDoc(statement.id)
    expect(languageStatuses(before, new Set()).find((item) => item.locale === 'fr')?.state).toBe('published')

    // A draft of the source changes nothing for readers; publishing it does.
    await payload.update({ collection: 'statements', id: statement.id, locale: 'en', data: { body: lexicalDocument(['States must fully cooperate with the Court.']) }, draft: true, ...as(editor) })
    expect((await publishedDoc(statement.id)).sourceRevision).toBe(before.sourceRevision)
    await payload.update({ collection: 'statements', id: statement.id, locale: 'en', data: { _status: 'published' }, ...as(editor) })

    const after = await publishedDoc(statement.id)
    expect(after.sourceRevision).not.toBe(before.sourceRevision)
    expect(after.sourceUpdatedAt).toBeTruthy()
    expect(languageStatuses(after, new Set()).find((item) => item.locale === 'fr')?.state).toBe('outdated')
    const english = await payload.findByID({ collection: 'statements', id: statement.id, locale: 'en', draft: false, depth: 0, overrideAccess: true })
    const diff = await sourceChangesSince(payload, english, 'fr')
    expect(diff).toEqual([
      { field: 'body', parts: [{ kind: 'same', text: 'States must ' }, { kind: 'added', text: 'fully ' }, { kind: 'same', text: 'cooperate with the Court.' }] },
    ])
    // Readers keep the French text meanwhile.
    expect((await publishedDoc(statement.id)).title.fr).toBe('Déclaration périmée')

    const second = await draftFor(statement.id, 'fr', french, { title: 'Déclaration à jour', status: 'submitted' })
    expect(second.sourceRevision).toBe(after.sourceRevision)
    await move(second.id, editor, { status: 'accepted' })
    const current = await publishedDoc(statement.id)
    expect(languageStatuses(current, new Set()).find((item) => item.locale === 'fr')?.state).toBe('published')
    // The renamed French address keeps working.
    const { docs } = await payload.find({ collection: 'redirects', where: { statement: { equals: statement.id } }, overrideAccess: true })
    expect(docs.map((doc) => [doc.locale, doc.from])).toEqual([['fr', 'declaration-perimee']])
  })

  it('reports languages in review and missing ones', async () => {
    const statement = await createStatement('Coverage statement')
    await draftFor(statement.id, 'es', spanish, { status: 'submitted' })
    const doc = await publishedDoc(statement.id)
    expect(languageStatuses(doc, new Set(['es'])).map((item) => [item.locale, item.state])).toEqual([
      ['fr', 'missing'],
      ['es', 'review'],
      ['ar', 'missing'],
    ])
  })
})

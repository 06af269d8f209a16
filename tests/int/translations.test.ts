import config from '@payload-config'
import { sql } from '@payloadcms/db-postgres'
import { createLocalReq, getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { statementsPublishedIn } from '@/lib/data/feed'
import { availableVersions, listStatementVersions } from '@/lib/data/statements'
import { lexicalDocument } from '@/lib/seed/lexical'
import {
  type Coverage,
  reviewQueue,
  translationCoverage,
  translatorWork,
  type WorkPage,
} from '@/lib/translations/dashboard'
import {
  batchedLanguageStatuses,
  languageStatuses,
  sourceChangesSince,
  statementLanguages,
} from '@/lib/translations/languageStates'
import { sourceRevision } from '@/lib/translations/source'
import type { Statement, Translation, User } from '@/payload-types'

import { revalidated } from '../helpers/fakeNextCache'
import { publishTranslation, testUser } from '../helpers/translations'
import { type TargetLocale } from '@/i18n/locales'

vi.mock('next/cache', () => import('../helpers/fakeNextCache'))

let payload: Payload
let editor: User
let french: User
let otherFrench: User
let spanish: User
const statements: number[] = []

async function createStatement(
  title: string,
  paragraphs: string[] = ['The Court must stay independent.'],
  extra: Partial<Statement> = {},
) {
  const doc = await payload.create({
    collection: 'statements',
    locale: 'en',
    data: {
      title,
      standfirst: `${title}: standfirst.`,
      body: lexicalDocument(paragraphs),
      kind: 'statement',
      publishedAt: '2024-05-31',
      _status: 'published',
      ...extra,
    },
    user: editor,
    overrideAccess: false,
  })
  statements.push(doc.id)
  return doc
}

const as = (user: User) => ({ user, overrideAccess: false as const })

type Extra = Partial<
  Pick<Translation, 'title' | 'slug' | 'status' | 'locale' | 'seoTitle' | 'description'>
> & { translator?: number }

/** A whole translation of a statement made by createStatement: its title, standfirst and one block of text. */
const wholeTranslation = (title: string, extra: Partial<Pick<Translation, 'standfirst'>> = {}) => ({
  title,
  standfirst: 'Chapeau.',
  body: lexicalDocument(['Texte traduit.']),
  ...extra,
})

function draftFor(statement: number, locale: 'fr' | 'es' | 'ar', user: User, extra: Extra = {}) {
  return payload.create({
    collection: 'translations',
    data: {
      statement,
      locale,
      ...wholeTranslation(`Titre ${statement}`),
      ...extra,
      status: extra.status ?? 'draft',
    },
    ...as(user),
  })
}

/**
 * Rejected, with `pattern` in the message people see (a validation error's field message, or the
 * error's own), and with the HTTP status `status` when one is given.
 */
async function refused(promise: Promise<unknown>, pattern: RegExp, status?: number) {
  const error = await promise.then(
    () => null,
    (reason: unknown) =>
      reason as { message: string; status?: number; data?: { errors?: { message: string }[] } },
  )
  expect(error, 'expected the operation to be refused').not.toBeNull()
  expect(
    [error?.message, ...(error?.data?.errors?.map((item) => item.message) ?? [])].join(' | '),
  ).toMatch(pattern)
  if (status !== undefined) expect(error?.status).toBe(status)
}

/** What Payload answers when access rules leave nothing this person may change: 403. */
const notAllowed = (promise: Promise<unknown>) =>
  refused(promise, /^You are not allowed to perform this action\.$/, 403)

const move = (id: number, user: User, data: Partial<Translation>) =>
  payload.update({ collection: 'translations', id, data, ...as(user) })

/** The statement as anonymous readers get it, every locale at once. */
const publishedDoc = async (id: number) =>
  (await payload.findByID({
    collection: 'statements',
    id,
    locale: 'all',
    draft: false,
    depth: 0,
    overrideAccess: false,
  })) as unknown as {
    title: Record<string, string | undefined>
  } & Statement

/** The editor's latest draft, every locale at once. */
const latestDraft = async (id: number) =>
  (await payload.findByID({
    collection: 'statements',
    id,
    locale: 'all',
    draft: true,
    depth: 0,
    ...as(editor),
  })) as unknown as {
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
  const { errors } = await payload.delete({
    collection: 'statements',
    where: { id: { in: statements } },
    overrideAccess: true,
  })
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
    expect(sendEmail).toHaveBeenCalledWith(
      expect.objectContaining({
        to: expect.arrayContaining([editor.email]),
        subject: 'Translation to review (Français): Workflow statement',
      }),
    )

    await refused(
      move(draft.id, editor, { status: 'changes_requested' }),
      /Say what needs to change/,
    )
    const sentBack = await move(draft.id, editor, {
      status: 'changes_requested',
      reviewComment: 'Use “États parties”.',
    })
    expect(sentBack.reviewer).toMatchObject({ id: editor.id })
    expect(sendEmail).toHaveBeenLastCalledWith(
      expect.objectContaining({
        to: [french.email],
        subject: expect.stringContaining('needs changes'),
      }),
    )

    await move(draft.id, french, { title: 'Déclaration sur le processus', status: 'submitted' })
    const accepted = await move(draft.id, editor, { status: 'accepted' })
    expect(accepted.history?.map((entry) => entry.status)).toEqual([
      'draft',
      'submitted',
      'changes_requested',
      'submitted',
      'accepted',
    ])

    const doc = await publishedDoc(statement.id)
    expect(doc.title.fr).toBe('Déclaration sur le processus')
    expect(await availableVersions(statement.id)).toEqual({
      en: 'workflow-statement',
      fr: 'declaration-sur-le-processus',
    })
    expect(revalidated).toContain(`statement:${statement.id}`)
    sendEmail.mockRestore()
  })

  it('lets an editor reject a submission with a comment, and then it is final', async () => {
    const statement = await createStatement('Rejected statement')
    const draft = await draftFor(statement.id, 'fr', french, { status: 'submitted' })
    const rejected = await move(draft.id, editor, {
      status: 'rejected',
      reviewComment: 'Machine translation.',
    })
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
    const own = await createStatement('Own review statement')
    const draft = await draftFor(own.id, 'fr', french)
    await refused(
      move(draft.id, french, { status: 'accepted' }),
      /^Only an editor can review a translation\.$/,
      403,
    )
    await move(draft.id, french, { status: 'submitted' })
    // Once submitted it is no longer the translator's to change at all: access refuses first.
    await notAllowed(move(draft.id, french, { status: 'accepted' }))
    await notAllowed(move(draft.id, french, { status: 'rejected' }))
    const still = await payload.findByID({
      collection: 'translations',
      id: draft.id,
      overrideAccess: true,
    })
    expect(still.status).toBe('submitted')
    expect(await availableVersions(own.id)).toEqual({ en: 'own-review-statement' })
  })

  it('edit after submitting', async () => {
    const submitted = await draftFor(statement.id, 'fr', french, {
      title: 'Soumise',
      status: 'submitted',
    })
    await notAllowed(move(submitted.id, french, { title: 'Sneaky edit' }))
    const still = await payload.findByID({
      collection: 'translations',
      id: submitted.id,
      overrideAccess: true,
    })
    expect(still).toMatchObject({
      title: 'Soumise',
      status: 'submitted',
      updatedAt: submitted.updatedAt,
    })
  })

  it('hand their translation to someone else, or name its reviewer', async () => {
    const own = await createStatement('Handover statement')
    const draft = await draftFor(own.id, 'fr', french)
    const after = await move(draft.id, french, {
      title: 'Toujours la mienne',
      translator: otherFrench.id,
      reviewer: otherFrench.id,
    })
    // The text is saved; who translates and who reviews are not a request's to say.
    expect(after.title).toBe('Toujours la mienne')
    const stored = await payload.findByID({
      collection: 'translations',
      id: draft.id,
      depth: 0,
      overrideAccess: true,
    })
    expect({ translator: stored.translator, reviewer: stored.reviewer ?? null }).toEqual({
      translator: french.id,
      reviewer: null,
    })
    const theirs = await payload.find({
      collection: 'translations',
      where: { id: { equals: draft.id } },
      ...as(otherFrench),
    })
    expect(theirs.docs).toEqual([])
  })

  it('read, edit or delete someone else’s translation', async () => {
    const theirs = await draftFor(statement.id, 'fr', otherFrench)
    await notAllowed(move(theirs.id, french, { title: 'Not mine' }))
    await notAllowed(payload.delete({ collection: 'translations', id: theirs.id, ...as(french) }))
    const visible = await payload.find({
      collection: 'translations',
      where: { statement: { equals: statement.id } },
      ...as(french),
    })
    expect(visible.docs.every((doc) => (doc.translator as User).id === french.id)).toBe(true)
    expect(
      (await payload.findByID({ collection: 'translations', id: theirs.id, overrideAccess: true }))
        .title,
    ).toBe(theirs.title)
  })

  it('work in a language that is not theirs', async () => {
    await refused(draftFor(statement.id, 'es', french), /You translate into Français, not Español/)
    await refused(draftFor(statement.id, 'en' as 'fr', editor), /locale/i)
    // A translation stays in its language: a change of locale is not taken.
    const mine = await draftFor(statement.id, 'es', spanish)
    const after = await payload.update({
      collection: 'translations',
      id: mine.id,
      data: { locale: 'fr' },
      ...as(spanish),
    })
    expect(after.locale).toBe('es')
  })

  it('touch a statement directly, in any language', async () => {
    await expect(
      payload.update({
        collection: 'statements',
        id: statement.id,
        locale: 'fr',
        data: { title: 'Directement' },
        ...as(french),
      }),
    ).rejects.toThrow()
    // Editors cannot write another language into the statement either: that goes through a translation.
    await payload.update({
      collection: 'statements',
      id: statement.id,
      locale: 'fr',
      data: { title: 'Par l’éditeur', _status: 'published' },
      ...as(editor),
    })
    expect((await publishedDoc(statement.id)).title.fr).toBeFalsy()
    // Nor start a statement in another language.
    await refused(
      payload.create({
        collection: 'statements',
        locale: 'fr',
        data: {
          title: 'Nouvelle',
          kind: 'statement',
          publishedAt: '2024-06-01',
          _status: 'published',
        },
        ...as(editor),
      }),
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
    await payload.update({
      collection: 'statements',
      id: statement.id,
      locale: 'en',
      data: { title: 'English v2 draft' },
      draft: true,
      ...as(editor),
    })
    const spanishDraft = await draftFor(statement.id, 'es', spanish, {
      title: 'Borrador español',
      status: 'submitted',
    })
    const frenchDraft = await draftFor(statement.id, 'fr', french, {
      title: 'Français v1',
      status: 'submitted',
    })

    await move(frenchDraft.id, editor, { status: 'accepted' })

    const published = await publishedDoc(statement.id)
    expect(published.title).toEqual({ en: 'English v1', fr: 'Français v1' })
    expect(published.localeVersions?.map((entry) => entry.locale)).toEqual(['fr'])
    expect(await availableVersions(statement.id)).toEqual({ en: 'english-v1', fr: 'francais-v1' })
    expect((await latestDraft(statement.id)).title).toEqual({
      en: 'English v2 draft',
      fr: 'Français v1',
    })
    expect(
      (
        await payload.findByID({
          collection: 'translations',
          id: spanishDraft.id,
          overrideAccess: true,
        })
      ).status,
    ).toBe('submitted')

    // The editor keeps editing, then publishes: both languages survive.
    await payload.update({
      collection: 'statements',
      id: statement.id,
      locale: 'en',
      data: { title: 'English v3' },
      draft: true,
      ...as(editor),
    })
    await payload.update({
      collection: 'statements',
      id: statement.id,
      locale: 'en',
      data: { _status: 'published' },
      ...as(editor),
    })
    expect((await publishedDoc(statement.id)).title).toEqual({
      en: 'English v3',
      fr: 'Français v1',
    })
  })

  it('refuses a translated address another statement already uses, and accepts nothing', async () => {
    const first = await createStatement('Slug owner')
    const second = await createStatement('Slug borrower')
    const taken = await draftFor(first.id, 'fr', french, {
      title: 'Adresse prise',
      status: 'submitted',
    })
    await move(taken.id, editor, { status: 'accepted' })
    const clash = await draftFor(second.id, 'fr', french, {
      title: 'Adresse prise',
      status: 'submitted',
    })
    await refused(
      move(clash.id, editor, { status: 'accepted' }),
      /Another statement already has the address “adresse-prise” in Français: choose another slug\.$/,
      400,
    )
    expect(
      (await payload.findByID({ collection: 'translations', id: clash.id, overrideAccess: true }))
        .status,
    ).toBe('submitted')
    expect(await availableVersions(second.id)).toEqual({ en: 'slug-borrower' })
  })
})

describe('outdated translations', () => {
  it('are flagged when the published source changes, with what changed, until a new translation is accepted', async () => {
    const statement = await createStatement('Outdated statement', [
      'States must cooperate with the Court.',
    ])
    const first = await draftFor(statement.id, 'fr', french, {
      title: 'Déclaration périmée',
      status: 'submitted',
    })
    await move(first.id, editor, { status: 'accepted' })
    const before = await publishedDoc(statement.id)
    expect(languageStatuses(before, new Set()).find((item) => item.locale === 'fr')?.state).toBe(
      'published',
    )

    // A draft of the source changes nothing for readers; publishing it does.
    await payload.update({
      collection: 'statements',
      id: statement.id,
      locale: 'en',
      data: { body: lexicalDocument(['States must fully cooperate with the Court.']) },
      draft: true,
      ...as(editor),
    })
    expect((await publishedDoc(statement.id)).sourceRevision).toBe(before.sourceRevision)
    await payload.update({
      collection: 'statements',
      id: statement.id,
      locale: 'en',
      data: { _status: 'published' },
      ...as(editor),
    })

    const after = await publishedDoc(statement.id)
    expect(after.sourceRevision).not.toBe(before.sourceRevision)
    expect(after.sourceUpdatedAt).toBeTruthy()
    expect(languageStatuses(after, new Set()).find((item) => item.locale === 'fr')?.state).toBe(
      'outdated',
    )
    const english = await payload.findByID({
      collection: 'statements',
      id: statement.id,
      locale: 'en',
      draft: false,
      depth: 0,
      overrideAccess: true,
    })
    const diff = await sourceChangesSince(payload, english, 'fr')
    expect(diff).toEqual([
      {
        field: 'body',
        parts: [
          { kind: 'same', text: 'States must ' },
          { kind: 'added', text: 'fully ' },
          { kind: 'same', text: 'cooperate with the Court.' },
        ],
      },
    ])
    // Readers keep the French text meanwhile.
    expect((await publishedDoc(statement.id)).title.fr).toBe('Déclaration périmée')

    const second = await draftFor(statement.id, 'fr', french, {
      title: 'Déclaration à jour',
      status: 'submitted',
    })
    expect(second.sourceRevision).toBe(after.sourceRevision)
    await move(second.id, editor, { status: 'accepted' })
    const current = await publishedDoc(statement.id)
    expect(languageStatuses(current, new Set()).find((item) => item.locale === 'fr')?.state).toBe(
      'published',
    )
    // The renamed French address keeps working.
    const { docs } = await payload.find({
      collection: 'redirects',
      where: { statement: { equals: statement.id } },
      overrideAccess: true,
    })
    expect(docs.map((doc) => [doc.locale, doc.from])).toEqual([['fr', 'declaration-perimee']])
  })

  it('reports languages in review and missing ones', async () => {
    const statement = await createStatement('Coverage statement')
    await draftFor(statement.id, 'es', spanish, { status: 'submitted' })
    const doc = await publishedDoc(statement.id)
    expect(languageStatuses(doc, new Set(['es'])).map((item) => [item.locale, item.state])).toEqual(
      [
        ['fr', 'missing'],
        ['es', 'review'],
        ['ar', 'missing'],
      ],
    )
  })
})

describe('the statement’s languages panel', () => {
  it('shows what changed in the original since a language was translated, and nothing else', async () => {
    const statement = await createStatement(
      'Panel statement',
      ['The Court must stay independent.'],
      {
        meta: { title: 'Panel SEO title', description: 'Panel SEO description.' },
      },
    )
    const translation = await draftFor(statement.id, 'fr', french, {
      title: 'Déclaration du panneau',
      seoTitle: 'Titre SEO du panneau',
      description: 'Description SEO du panneau.',
      status: 'submitted',
    })
    await move(translation.id, editor, { status: 'accepted' })
    await payload.update({
      collection: 'statements',
      id: statement.id,
      locale: 'en',
      data: { standfirst: 'A revised standfirst.', _status: 'published' },
      ...as(editor),
    })

    const languages = await statementLanguages(
      await createLocalReq({ user: editor }, payload),
      statement.id,
    )
    expect(
      languages?.map((language) => [
        language.locale,
        language.state,
        language.changes.map((change) => change.field),
      ]),
    ).toEqual([
      ['fr', 'outdated', ['standfirst']],
      ['es', 'missing', []],
      ['ar', 'missing', []],
    ])
    const [{ parts }] = languages?.[0].changes ?? []
    const text = (kind: 'added' | 'removed') =>
      parts
        .filter((part) => part.kind !== kind)
        .map((part) => part.text)
        .join('')
    expect({ before: text('added'), after: text('removed') }).toEqual({
      before: 'Panel statement: standfirst.',
      after: 'A revised standfirst.',
    })
  })

  it('is empty for a statement that does not exist', async () => {
    expect(
      await statementLanguages(await createLocalReq({ user: editor }, payload), 99_999_999),
    ).toBeNull()
  })
})

describe('the statements list', () => {
  it('reads the languages of a whole page of statements with two queries', async () => {
    const published = await createStatement('List published statement')
    const inReview = await createStatement('List review statement')
    const untranslated = await createStatement('List untranslated statement')
    await publishTranslation(payload, {
      statement: published.id,
      locale: 'fr',
      fields: wholeTranslation('Liste publiée'),
      editor,
    })
    await draftFor(inReview.id, 'es', spanish, { status: 'submitted' })

    const find = vi.spyOn(payload, 'find')
    const statusesOf = batchedLanguageStatuses(payload)
    const rows = await Promise.all(
      [published, inReview, untranslated].map((statement) => statusesOf(statement.id)),
    )
    expect(find).toHaveBeenCalledTimes(2)
    find.mockRestore()
    expect(rows.map((statuses) => statuses?.map((status) => status.state))).toEqual([
      ['published', 'missing', 'missing'],
      ['missing', 'review', 'missing'],
      ['missing', 'missing', 'missing'],
    ])
    // The next page is a batch of its own.
    expect((await statusesOf(published.id))?.[0]).toMatchObject({
      locale: 'fr',
      state: 'published',
    })
  })
})

describe('the dashboard', () => {
  const difference = (after: Coverage, before: Coverage, locale: TargetLocale) =>
    Object.fromEntries(
      Object.entries(after.languages[locale]).map(([state, count]) => [
        state,
        count - before.languages[locale][state as keyof Coverage['languages'][TargetLocale]],
      ]),
    )

  it('counts every published statement’s languages, and the translations waiting for review, oldest first', async () => {
    const coverageBefore = await translationCoverage(payload)
    const queueBefore = await reviewQueue(payload)

    const current = await createStatement('Coverage current statement')
    const changed = await createStatement('Coverage changed statement', ['Before the change.'])
    // Older than every other statement: the figures count them all, not the newest.
    const old = await createStatement('Coverage old statement', undefined, {
      publishedAt: '1990-01-01',
    })
    await createStatement('Coverage draft statement', undefined, { _status: 'draft' })
    await publishTranslation(payload, {
      statement: current.id,
      locale: 'fr',
      fields: wholeTranslation('Couverture à jour'),
      editor,
    })
    await publishTranslation(payload, {
      statement: changed.id,
      locale: 'fr',
      fields: wholeTranslation('Couverture changée'),
      editor,
    })
    await payload.update({
      collection: 'statements',
      id: changed.id,
      locale: 'en',
      data: { body: lexicalDocument(['After the change.']), _status: 'published' },
      ...as(editor),
    })
    const waiting = await draftFor(old.id, 'es', spanish, { status: 'submitted' })
    await payload.db.drizzle.execute(
      sql`UPDATE translations SET submitted_at = '2001-02-03T04:05:06Z' WHERE id = ${waiting.id}`,
    )

    const coverage = await translationCoverage(payload)
    expect(coverage.statements - coverageBefore.statements).toBe(3)
    expect(difference(coverage, coverageBefore, 'fr')).toEqual({
      published: 1,
      outdated: 1,
      review: 0,
      missing: 1,
    })
    expect(difference(coverage, coverageBefore, 'es')).toEqual({
      published: 0,
      outdated: 0,
      review: 1,
      missing: 2,
    })
    expect(difference(coverage, coverageBefore, 'ar')).toEqual({
      published: 0,
      outdated: 0,
      review: 0,
      missing: 3,
    })

    const queue = await reviewQueue(payload, 3)
    expect(queue.waiting).toBe(queueBefore.waiting + 1)
    expect(queue.oldest).toBe('2001-02-03T04:05:06.000Z')
    expect(queue.first.map((doc) => doc.id)).toHaveLength(3)
    expect(queue.first[0].id).toBe(waiting.id)
  })

  it('gives a translator all their work, page by page: theirs first, then every statement to translate, last changed first', async () => {
    const translator = await testUser(payload, 'tr-arabic@example.org', ['translator'], ['ar'])
    const colleague = await testUser(payload, 'tr-arabic-2@example.org', ['translator'], ['ar'])
    const sentBack = await createStatement('Work sent back')
    const drafted = await createStatement('Work drafted')
    const submitted = await createStatement('Work submitted')
    const untouched = await createStatement('Work untouched for years')
    const missing = await createStatement('Work missing')
    const outdated = await createStatement('Work outdated')
    const translated = await createStatement('Work translated')
    const colleagues = await createStatement('Work of a colleague')

    const back = await draftFor(sentBack.id, 'ar', translator, { status: 'submitted' })
    await move(back.id, editor, { status: 'changes_requested', reviewComment: 'راجع العنوان.' })
    await draftFor(drafted.id, 'ar', translator)
    await draftFor(submitted.id, 'ar', translator, { status: 'submitted' })
    // Changed before any other statement: last of all in the list, not left out of it.
    await payload.db.drizzle.execute(
      sql`UPDATE statements SET updated_at = '1980-01-01' WHERE id = ${untouched.id}`,
    )
    await publishTranslation(payload, {
      statement: outdated.id,
      locale: 'ar',
      fields: wholeTranslation('عمل قديم'),
      editor,
    })
    await payload.update({
      collection: 'statements',
      id: outdated.id,
      locale: 'en',
      data: { standfirst: 'Changed.', _status: 'published' },
      ...as(editor),
    })
    await publishTranslation(payload, {
      statement: translated.id,
      locale: 'ar',
      fields: wholeTranslation('عمل مترجم'),
      editor,
    })
    await draftFor(colleagues.id, 'ar', colleague, { status: 'submitted' })

    const perPage = 4
    const pages: WorkPage[] = [await translatorWork(payload, translator, 1, perPage)]
    while (pages.length * perPage < pages[0].total)
      pages.push(await translatorWork(payload, translator, pages.length + 1, perPage))
    const rows = pages.flatMap((page) => page.rows)
    expect(pages.length).toBeGreaterThan(2)
    expect(rows).toHaveLength(pages[0].total)
    expect(new Set(rows.map((row) => `${row.statementId} ${row.locale}`)).size).toBe(rows.length)
    expect(await translatorWork(payload, translator, pages.length + 1, perPage)).toMatchObject({
      rows: [],
      total: pages[0].total,
    })

    const fixtures = [
      sentBack,
      drafted,
      submitted,
      untouched,
      missing,
      outdated,
      translated,
      colleagues,
    ].map((doc) => doc.id)
    expect(
      rows
        .filter((row) => fixtures.includes(row.statementId))
        .map((row) => [row.title, row.translation?.status ?? row.state]),
    ).toEqual([
      ['Work sent back', 'changes_requested'],
      ['Work drafted', 'draft'],
      ['Work outdated', 'outdated'],
      ['Work missing', 'missing'],
      ['Work untouched for years', 'missing'],
      ['Work submitted', 'submitted'],
    ])
    expect(rows[0].translation).toEqual({
      id: back.id,
      status: 'changes_requested',
      reviewComment: 'راجع العنوان.',
    })
    expect(rows.at(-2)?.title).toBe('Work untouched for years')
    // Everything else listed is a statement nobody has translated into Arabic yet.
    expect(
      rows.every(
        (row) =>
          fixtures.includes(row.statementId) ||
          (row.state === 'missing' && row.translation === null),
      ),
    ).toBe(true)
  })
})

describe('feeds', () => {
  it('list the newest statements published in their language, however many newer ones are not', async () => {
    const french = await createStatement('Feed French statement', undefined, {
      publishedAt: '2100-01-01',
    })
    for (const day of ['02', '03', '04'])
      await createStatement(`Feed English statement ${day}`, undefined, {
        publishedAt: `2100-01-${day}`,
      })
    await publishTranslation(payload, {
      statement: french.id,
      locale: 'fr',
      fields: wholeTranslation('Déclaration du flux', { standfirst: 'Le chapeau.' }),
      editor,
    })

    expect(await statementsPublishedIn('fr', 1)).toEqual([
      {
        id: french.id,
        title: 'Déclaration du flux',
        slug: 'declaration-du-flux',
        standfirst: 'Le chapeau.',
        publishedAt: '2100-01-01T00:00:00.000Z',
      },
    ])
    expect((await statementsPublishedIn('en', 2)).map((item) => item.title)).toEqual([
      'Feed English statement 04',
      'Feed English statement 03',
    ])
  })
})

describe('sitemaps', () => {
  it('list each published statement with the slug of every language published, and no draft', async () => {
    const translated = await createStatement('Sitemap translated')
    await createStatement('Sitemap original only')
    const draft = await payload.create({
      collection: 'statements',
      locale: 'en',
      data: {
        title: 'Sitemap draft',
        kind: 'statement',
        publishedAt: '2024-05-31',
        _status: 'draft',
      },
      draft: true,
    })
    statements.push(draft.id)
    await publishTranslation(payload, {
      statement: translated.id,
      locale: 'fr',
      fields: wholeTranslation('Plan du site traduit'),
      editor,
    })
    // A translation waiting for review publishes nothing.
    await draftFor(translated.id, 'es', editor, { title: 'Mapa del sitio', status: 'submitted' })

    const versions = (await listStatementVersions()).map((entry) => entry.versions)
    expect(versions).toContainEqual({ en: 'sitemap-translated', fr: 'plan-du-site-traduit' })
    expect(versions).toContainEqual({ en: 'sitemap-original-only' })
    expect(versions.some((entry) => entry.en === 'sitemap-draft')).toBe(false)
  })
})

describe('source fingerprints', () => {
  it('stay as they were for a statement without an SEO title, and change with one', () => {
    const source = {
      title: 'Fingerprint',
      standfirst: 'A standfirst.',
      description: 'A description.',
      body: lexicalDocument(['A paragraph.']),
    }
    // Taken before the SEO title was translated: published translations must not turn outdated.
    expect(sourceRevision({ ...source, seoTitle: null })).toBe('0dc33fc41fe81412')
    expect(sourceRevision(source)).toBe('0dc33fc41fe81412')
    expect(sourceRevision({ ...source, seoTitle: 'An SEO title' })).not.toBe('0dc33fc41fe81412')
  })
})

import config from '@payload-config'
import { REST_POST } from '@payloadcms/next/routes'
import { getPayload, type Payload, type SendEmailOptions } from 'payload'
import {
  afterAll,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it,
  type MockInstance,
  vi,
} from 'vitest'

import { sql } from '@payloadcms/db-postgres'

import type { TargetLocale } from '@/i18n/locales'
import { lexicalDocument } from '@/lib/seed/lexical'
import { overdueJobs } from '@/lib/translationJobs/overdue'
import { translatorWork } from '@/lib/translations/dashboard'
import type { Statement, TranslationJob, User } from '@/payload-types'

import {
  acceptTranslationOf,
  draftStatement,
  runnerRound,
  scheduleRelease,
} from '../helpers/releases'
import { testUser } from '../helpers/translations'

vi.mock('next/cache', () => import('../helpers/fakeNextCache'))

/**
 * Translation jobs: an editor asks for a statement in some languages through the statement's
 * form (POST /api/translation-jobs/ask, through the REST route handlers Next serves), the
 * assignee is emailed and reminded by the job runner's round, and the job follows the
 * translation to submitted and done, its requester told of the submission.
 */

let payload: Payload
let editor: User
let otherEditor: User
let both: User
let french: User
let spanish: User
let sendEmail: MockInstance<Payload['sendEmail']>
const tokens = new Map<number, string>()
const statements: number[] = []
const restPost = REST_POST(config)

const hourMs = 3_600_000
/** A datetime-local value, `hours` from now, as an editor without a time zone (UTC) types it. */
const wallTimeIn = (hours: number) =>
  new Date(Date.now() + hours * hourMs).toISOString().slice(0, 16)

async function publishedStatement(title: string): Promise<Statement> {
  const doc = await payload.create({
    collection: 'statements',
    locale: 'en',
    data: {
      title,
      standfirst: `${title}: standfirst.`,
      body: lexicalDocument(['The Court must stay independent.']),
      kind: 'statement',
      publishedAt: '2024-05-31',
      _status: 'published',
    },
    context: { disableRevalidate: true },
  })
  statements.push(doc.id)
  return doc
}

type Ask = { locales: string[]; assignee?: number; dueAt?: string; note?: string }

/** The "Ask for translation" form, as `user` posts it. */
async function ask(user: User, statement: number, fields: Ask) {
  const form = new FormData()
  form.append('statement', String(statement))
  for (const locale of fields.locales) form.append('locale', locale)
  form.append('assignee', fields.assignee ? String(fields.assignee) : '')
  form.append('dueAt', fields.dueAt ?? '')
  form.append('note', fields.note ?? '')
  const request = new Request('http://amicus.test/api/translation-jobs/ask', {
    method: 'POST',
    headers: { Authorization: `JWT ${tokens.get(user.id)}` },
    body: form,
  })
  const response = await restPost(request, {
    params: Promise.resolve({ slug: ['translation-jobs', 'ask'] }),
  })
  const text = await response.text()
  return { status: response.status, location: response.headers.get('location'), text }
}

async function jobsOf(statement: number): Promise<TranslationJob[]> {
  const { docs } = await payload.find({
    collection: 'translation-jobs',
    where: { statement: { equals: statement } },
    sort: 'locale',
    depth: 0,
    overrideAccess: true,
  })
  return docs
}

const emailsTo = (address: string): SendEmailOptions[] =>
  sendEmail.mock.calls
    .map(([message]) => message as SendEmailOptions)
    .filter((message) => [message.to].flat().includes(address))

async function submitAs(user: User, statement: number, locale: TargetLocale) {
  return payload.create({
    collection: 'translations',
    data: {
      statement,
      locale,
      title: `Titre ${statement}`,
      standfirst: 'Chapeau.',
      body: lexicalDocument(['Texte traduit.']),
      status: 'submitted',
    },
    user,
    overrideAccess: false,
  })
}

beforeAll(async () => {
  payload = await getPayload({ config })
  editor = await testUser(payload, 'jobs-editor@example.org', ['editor'])
  otherEditor = await testUser(payload, 'jobs-editor-2@example.org', ['editor'])
  both = await testUser(payload, 'jobs-both@example.org', ['translator'], ['fr', 'es'])
  french = await testUser(payload, 'jobs-french@example.org', ['translator'], ['fr'])
  spanish = await testUser(payload, 'jobs-spanish@example.org', ['translator'], ['es'])
  for (const user of [editor, otherEditor, both, french, spanish]) {
    const { token } = await payload.login({
      collection: 'users',
      data: { email: user.email, password: 'test-password-123' },
    })
    tokens.set(user.id, token ?? '')
  }
  sendEmail = vi.spyOn(payload, 'sendEmail').mockResolvedValue(undefined)
})

beforeEach(() => {
  sendEmail.mockClear()
})

afterAll(async () => {
  sendEmail.mockRestore()
  await payload.delete({
    collection: 'releases',
    where: { title: { like: 'Jobs release' } },
    overrideAccess: true,
  })
  const { errors } = await payload.delete({
    collection: 'statements',
    where: { id: { in: statements } },
    overrideAccess: true,
  })
  expect(errors).toEqual([])
  await payload.destroy()
})

describe('asking for translations', () => {
  it('makes one job per language, emails the assignee once, and goes back to the statement', async () => {
    const statement = await publishedStatement('Jobs asked statement')
    const answer = await ask(editor, statement.id, {
      locales: ['fr', 'es'],
      assignee: both.id,
      dueAt: wallTimeIn(72),
      note: 'Use “États parties”.',
    })
    expect(answer.status, answer.text).toBe(303)
    expect(answer.location).toBe(`/admin/collections/statements/${statement.id}`)

    const jobs = await jobsOf(statement.id)
    expect(jobs.map((job) => job.locale).sort()).toEqual(['es', 'fr'])
    for (const job of jobs) {
      expect(job).toMatchObject({ status: 'open', assignee: both.id, requestedBy: editor.id })
      expect(job.dueAt?.slice(0, 16)).toBe(wallTimeIn(72))
      expect(job.remindedAt ?? null).toBeNull()
    }
    const emails = emailsTo(both.email)
    expect(emails).toHaveLength(1)
    expect(emails[0].subject).toBe(
      'Translation asked of you (Français, Español): Jobs asked statement',
    )
    expect(emails[0].text).toContain('due ')
    expect(emails[0].text).toContain('Use “États parties”.')
  })

  it('refuses a second job in progress for the same language with a 400, and makes none of the others', async () => {
    const statement = await publishedStatement('Jobs duplicate statement')
    expect((await ask(editor, statement.id, { locales: ['fr'] })).status).toBe(303)
    const again = await ask(otherEditor, statement.id, { locales: ['ar', 'fr'] })
    expect(again.status).toBe(400)
    expect(again.text).toContain('Français of this statement is already asked for')
    expect((await jobsOf(statement.id)).map((job) => job.locale)).toEqual(['fr'])
  })

  it('names what is wrong: no language, a translator of another language, a date gone by', async () => {
    const statement = await publishedStatement('Jobs refused statement')
    const none = await ask(editor, statement.id, { locales: [] })
    expect(none.status).toBe(400)
    expect(none.text).toContain('Choose at least one language to ask for.')

    const wrong = await ask(editor, statement.id, { locales: ['fr', 'es'], assignee: spanish.id })
    expect(wrong.status).toBe(400)
    expect(wrong.text).toContain('does not translate into Français')

    const past = await ask(editor, statement.id, { locales: ['es'], dueAt: wallTimeIn(-2) })
    expect(past.status).toBe(400)
    expect(past.text).toContain('The due date has passed')

    expect(await jobsOf(statement.id)).toEqual([])
    expect(sendEmail).not.toHaveBeenCalled()
  })

  it('is for editors only', async () => {
    const statement = await publishedStatement('Jobs translator statement')
    const answer = await ask(french, statement.id, { locales: ['fr'] })
    expect(answer.status).toBe(403)
    expect(await jobsOf(statement.id)).toEqual([])
  })

  it('lets a translator read the jobs assigned to them only', async () => {
    const statement = await publishedStatement('Jobs reading statement')
    await ask(editor, statement.id, { locales: ['fr'], assignee: french.id })
    await ask(editor, statement.id, { locales: ['es'], assignee: spanish.id })
    const read = async (user: User) =>
      (
        await payload.find({
          collection: 'translation-jobs',
          where: { statement: { equals: statement.id } },
          depth: 0,
          user,
          overrideAccess: false,
        })
      ).docs.map((job) => job.locale)
    expect(await read(french)).toEqual(['fr'])
    expect(await read(spanish)).toEqual(['es'])
  })

  it('takes the due date from the release that holds the statement: a day before its moment', async () => {
    const draft = await draftStatement(payload, editor, 'Jobs release')
    statements.push(draft.id)
    await acceptTranslationOf(payload, editor, draft.id, 'fr', 'Jobs release')
    const moment = new Date(Date.now() + 5 * 24 * hourMs)
    moment.setUTCSeconds(0, 0)
    await scheduleRelease(payload, editor, {
      title: 'Jobs release',
      moment,
      statements: [{ statement: draft.id, languages: ['en', 'fr'] }],
    })
    expect((await ask(editor, draft.id, { locales: ['es'] })).status).toBe(303)
    const [job] = await jobsOf(draft.id)
    expect(new Date(job.dueAt ?? 0).getTime()).toBe(moment.getTime() - 24 * hourMs)
  })
})

describe('reminders and the translation that answers a job', () => {
  it('reminds the assignee once, within the window, and never of a submitted job', async () => {
    const statement = await publishedStatement('Jobs reminder statement')
    await ask(editor, statement.id, {
      locales: ['fr', 'es'],
      assignee: both.id,
      dueAt: wallTimeIn(96),
    })
    const jobs = await jobsOf(statement.id)
    const frenchJob = jobs.find((job) => job.locale === 'fr') as TranslationJob
    const spanishJob = jobs.find((job) => job.locale === 'es') as TranslationJob
    // Outside the window (48 hours by default): nothing yet.
    await runnerRound()
    expect(emailsTo(both.email).filter(isReminder)).toEqual([])

    // Both brought within it; the Spanish one is submitted first.
    for (const job of [frenchJob, spanishJob])
      await payload.update({
        collection: 'translation-jobs',
        id: job.id,
        data: { dueAt: new Date(Date.now() + 24 * hourMs).toISOString() },
        user: editor,
        overrideAccess: false,
      })
    await submitAs(both, statement.id, 'es')
    sendEmail.mockClear()

    await runnerRound()
    const reminders = emailsTo(both.email).filter(isReminder)
    expect(reminders.map((email) => email.subject)).toEqual([
      expect.stringMatching(/^Reminder: Français translation due .*: Jobs reminder statement$/),
    ])
    const reminded = await payload.findByID({
      collection: 'translation-jobs',
      id: frenchJob.id,
      overrideAccess: true,
    })
    expect(reminded.remindedAt).toBeTruthy()

    sendEmail.mockClear()
    await runnerRound()
    expect(emailsTo(both.email).filter(isReminder)).toEqual([])
  })

  it('follows the translation: submitted, then done; the requester is emailed once, with the due date', async () => {
    const statement = await publishedStatement('Jobs submission statement')
    await ask(otherEditor, statement.id, {
      locales: ['fr'],
      assignee: french.id,
      dueAt: wallTimeIn(72),
    })
    sendEmail.mockClear()
    const translation = await submitAs(french, statement.id, 'fr')
    const [submitted] = await jobsOf(statement.id)
    expect(submitted.status).toBe('submitted')

    const toRequester = emailsTo(otherEditor.email)
    expect(toRequester).toHaveLength(1)
    expect([toRequester[0].to].flat().filter((to) => to === otherEditor.email)).toHaveLength(1)
    expect(toRequester[0].subject).toBe(
      'Translation to review (Français): Jobs submission statement',
    )
    expect(toRequester[0].text).toMatch(/Asked for by jobs-editor-2@example\.org, due .+\(UTC\)\./)

    await payload.update({
      collection: 'translations',
      id: translation.id,
      data: { status: 'accepted' },
      user: editor,
      overrideAccess: false,
    })
    const [done] = await jobsOf(statement.id)
    expect(done.status).toBe('done')
    // A finished job is no longer in progress: the language may be asked for again.
    expect((await ask(editor, statement.id, { locales: ['fr'] })).status).toBe(303)
  })

  it('lets editors cancel a job, and nothing else of its status', async () => {
    const statement = await publishedStatement('Jobs cancel statement')
    await ask(editor, statement.id, { locales: ['ar'] })
    const [job] = await jobsOf(statement.id)
    const change = (status: TranslationJob['status']) =>
      payload.update({
        collection: 'translation-jobs',
        id: job.id,
        data: { status },
        user: editor,
        overrideAccess: false,
      })
    await expect(change('done')).rejects.toMatchObject({
      data: {
        errors: [{ path: 'status', message: expect.stringContaining('you can only cancel it') }],
      },
    })
    expect((await change('cancelled')).status).toBe('cancelled')
    await expect(change('open')).rejects.toMatchObject({
      status: 400,
      message: expect.stringContaining('This job is cancelled'),
    })
  })
})

describe('the dashboards', () => {
  it('lists a translator’s jobs first, soonest due first, and counts the overdue ones for editors', async () => {
    const translator = await testUser(payload, 'jobs-work@example.org', ['translator'], ['ar'])
    const later = await publishedStatement('Jobs work later')
    const sooner = await draftStatement(payload, editor, 'Jobs work sooner')
    statements.push(sooner.id)
    await ask(editor, later.id, { locales: ['ar'], assignee: translator.id, dueAt: wallTimeIn(72) })
    await ask(editor, sooner.id, {
      locales: ['ar'],
      assignee: translator.id,
      dueAt: wallTimeIn(30),
    })

    const work = await translatorWork(payload, translator, 1)
    expect(work.rows.slice(0, 2).map((row) => [row.statementId, row.job?.overdue])).toEqual([
      [sooner.id, false],
      [later.id, false],
    ])
    // A statement not published yet is listed for its job alone.
    expect(work.rows[0]).toMatchObject({ state: null, translation: null, job: { status: 'open' } })
    expect(work.rows[1]).toMatchObject({ state: 'missing' })
    expect(work.rows.slice(2).every((row) => row.job === null)).toBe(true)

    // Time passes (no request can set a date gone by): the later job is now two days overdue.
    const [laterJob] = await jobsOf(later.id)
    await payload.db.drizzle.execute(
      sql`UPDATE translation_jobs SET due_at = now() - interval '2 days' WHERE id = ${laterJob.id}`,
    )
    const overdueWork = await translatorWork(payload, translator, 1)
    expect(overdueWork.rows[0]).toMatchObject({ statementId: later.id, job: { overdue: true } })

    const overdue = await overdueJobs(payload)
    expect(overdue.count).toBe(1)
    expect(overdue.first).toEqual([
      {
        id: laterJob.id,
        statementId: later.id,
        title: 'Jobs work later',
        locale: 'ar',
        assignee: translator.email,
        dueAt: expect.any(String),
      },
    ])
    // Once submitted, it waits for an editor, not for the translator: no longer overdue.
    await submitAs(editor, later.id, 'ar')
    expect((await overdueJobs(payload)).count).toBe(0)
  })
})

function isReminder(email: SendEmailOptions) {
  return String(email.subject).startsWith('Reminder:')
}

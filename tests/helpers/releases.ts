import config from '@payload-config'
import { GRAPHQL_POST, REST_GET, REST_POST } from '@payloadcms/next/routes'
import type { Payload } from 'payload'

import { type Locale, type TargetLocale } from '@/i18n/locales'
import { jobsRunnerToken } from '@/lib/jobs/runnerToken'
import { lexicalDocument } from '@/lib/seed/lexical'
import type { Release, User } from '@/payload-types'

import { publishTranslation } from './translations'

const restGet = REST_GET(config)
const restPost = REST_POST(config)
const graphqlPost = GRAPHQL_POST(config)

/** A statement that exists only as an English draft, every text carrying `marker`. */
export function draftStatement(payload: Payload, editor: User, marker: string) {
  return payload.create({
    collection: 'statements',
    locale: 'en',
    draft: true,
    data: {
      title: `${marker} English title`,
      standfirst: `${marker} English standfirst.`,
      body: lexicalDocument([`${marker} English text.`]),
      kind: 'statement',
      publishedAt: '2026-12-01',
      _status: 'draft',
    },
    user: editor,
    overrideAccess: false,
  })
}

/** An accepted translation of a statement made by draftStatement, into `locale`. */
export function acceptTranslationOf(
  payload: Payload,
  editor: User,
  statement: number,
  locale: TargetLocale,
  marker: string,
) {
  return publishTranslation(payload, {
    statement,
    locale,
    editor,
    fields: {
      title: `${marker} ${locale} title`,
      standfirst: `${marker} ${locale} standfirst.`,
      body: lexicalDocument([`${marker} ${locale} text.`]),
    },
  })
}

type Item = { statement: number; languages: Locale[] }

/** Schedules (approves) a release as an editor does in the admin. */
export function scheduleRelease(
  payload: Payload,
  editor: User,
  data: { title: string; moment: Date; statements: Item[]; reactions?: number[] },
): Promise<Release> {
  return payload.create({
    collection: 'releases',
    data: { ...data, moment: data.moment.toISOString(), moment_tz: 'Europe/Paris' },
    user: editor,
    overrideAccess: false,
  })
}

/** An anonymous REST GET, through the route handler Next serves. */
export async function anonymousRest(path: string) {
  const url = new URL(`http://amicus.test/api/${path}`)
  const slug = url.pathname.replace('/api/', '').split('/')
  const response = await restGet(new Request(url), { params: Promise.resolve({ slug }) })
  return { status: response.status, body: await response.text() }
}

/** An anonymous GraphQL query's whole answer, as text. */
export async function anonymousGraphql(query: string): Promise<string> {
  const response = await graphqlPost(
    new Request('http://amicus.test/api/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    }),
  )
  return response.text()
}

/** One round of the job runner, as every instance's runner calls it each minute. */
export async function runnerRound() {
  const response = await restPost(
    new Request('http://amicus.test/api/jobs/run', {
      method: 'POST',
      headers: { authorization: `Bearer ${jobsRunnerToken()}` },
    }),
    { params: Promise.resolve({ slug: ['jobs', 'run'] }) },
  )
  return (await response.json()) as {
    ran: boolean
    releases?: { published: number; failed: number }
  }
}

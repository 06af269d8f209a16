import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'

import { type Locale, localeInfo } from '@/i18n/locales'
import { slugify } from '@/lib/text/slugify'

import { demoStatements, demoTopics } from './demoStatements'
import { lexicalDocument } from './lexical'

// Seeding writes many documents; revalidating caches for each one would be wasted work
// (and impossible outside a Next.js request).
const context = { disableRevalidate: true }

export async function ensureAdmin(
  payload: Payload,
  { email, password }: { email: string; password?: string },
): Promise<{ created: boolean; email: string; password?: string }> {
  const existing = await payload.find({
    collection: 'users',
    where: { email: { equals: email } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  if (existing.docs.length > 0) return { created: false, email }

  const chosen = password ?? randomBytes(12).toString('base64url')
  await payload.create({
    collection: 'users',
    data: { email, password: chosen, name: 'Administrator', roles: ['admin'] },
    overrideAccess: true,
    context,
  })
  return { created: true, email, password: chosen }
}

/** The demo topics (matched by English slug), created when missing; returns their ids by key. */
async function ensureTopics(payload: Payload): Promise<Map<string, number>> {
  const ids = new Map<string, number>()
  for (const topic of demoTopics) {
    const slug = slugify(topic.names.en)
    const existing = await payload.find({
      collection: 'topics',
      locale: 'en',
      where: { slug: { equals: slug } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    let id = existing.docs[0]?.id
    if (!id) {
      id = (await payload.create({ collection: 'topics', locale: 'en', data: { name: topic.names.en }, overrideAccess: true, context })).id
      for (const [locale, name] of Object.entries(topic.names) as [Locale, string][]) {
        if (locale === 'en') continue
        await payload.update({ collection: 'topics', id, locale, data: { name }, overrideAccess: true, context })
      }
    }
    ids.set(topic.key, id)
  }
  return ids
}

/** Adds the demo statements that are not there yet (matched by English slug); returns how many. */
export async function seedDemoContent(payload: Payload): Promise<number> {
  const topicIds = await ensureTopics(payload)
  const created: number[] = []
  for (const statement of demoStatements) {
    const { en: source, ...translations } = statement.versions
    const existing = await payload.find({
      collection: 'statements',
      locale: 'en',
      where: { slug: { equals: source.slug } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    if (existing.docs.length > 0) continue

    const fields = (locale: Locale, version: typeof source) => ({
      title: version.title,
      slug: version.slug,
      standfirst: version.standfirst,
      body: lexicalDocument(version.body, localeInfo(locale).dir),
    })
    const doc = await payload.create({
      collection: 'statements',
      locale: 'en',
      data: {
        ...fields('en', source),
        kind: statement.kind,
        publishedAt: statement.publishedAt,
        topics: statement.topics.flatMap((key) => topicIds.get(key) ?? []),
        _status: 'published',
      },
      overrideAccess: true,
      context,
    })
    for (const [locale, version] of Object.entries(translations) as [Locale, typeof source][]) {
      await payload.update({
        collection: 'statements',
        id: doc.id,
        locale,
        data: { ...fields(locale, version), _status: 'published' },
        overrideAccess: true,
        context,
      })
    }
    created.push(doc.id)
  }

  // The demo statements point at each other, so related lists show something.
  if (created.length > 1) {
    const [first, ...others] = created
    await payload.update({
      collection: 'statements',
      id: first,
      data: { relatedStatements: others, _status: 'published' },
      overrideAccess: true,
      context,
    })
  }
  return created.length
}

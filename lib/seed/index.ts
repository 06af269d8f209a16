import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'

import { type Locale, localeInfo, type TargetLocale } from '@/i18n/locales'
import type { User } from '@/payload-types'
import { slugify } from '@/lib/text/slugify'

import { demoStatements, demoTopics } from './demoStatements'
import { lexicalDocument } from './lexical'

// Seeding writes many documents; revalidating caches for each one would be wasted work
// (and impossible outside a Next.js request).
const context = { disableRevalidate: true, silent: true }

type Account = Pick<User, 'email' | 'name' | 'roles' | 'languages'> & { password?: string }

/** The account with this email, created (with `password`, or a generated one) when missing. */
export async function ensureUser(
  payload: Payload,
  { password, ...account }: Account,
): Promise<{ created: boolean; user: User; password?: string }> {
  const existing = await payload.find({
    collection: 'users',
    where: { email: { equals: account.email } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  if (existing.docs[0]) return { created: false, user: existing.docs[0] }

  const chosen = password ?? randomBytes(12).toString('base64url')
  const user = await payload.create({
    collection: 'users',
    data: { ...account, password: chosen },
    overrideAccess: true,
    context,
  })
  return { created: true, user, password: chosen }
}

export const ensureAdmin = (
  payload: Payload,
  { email, password }: { email: string; password?: string },
) => ensureUser(payload, { email, password, name: 'Administrator', roles: ['admin'] })

/** A translator into every other language, so the translation workflow can be tried at once. */
export const ensureDemoTranslator = (payload: Payload, email: string) =>
  ensureUser(payload, {
    email,
    name: 'Demo translator',
    roles: ['translator'],
    languages: ['fr', 'es', 'ar'],
  })

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
      id = (
        await payload.create({
          collection: 'topics',
          locale: 'en',
          data: { name: topic.names.en },
          overrideAccess: true,
          context,
        })
      ).id
      for (const [locale, name] of Object.entries(topic.names) as [Locale, string][]) {
        if (locale === 'en') continue
        await payload.update({
          collection: 'topics',
          id,
          locale,
          data: { name },
          overrideAccess: true,
          context,
        })
      }
    }
    ids.set(topic.key, id)
  }
  return ids
}

/**
 * Adds the demo statements that are not there yet (matched by English slug); returns how many.
 * Their other languages go through the translation workflow like any other: submitted, then
 * accepted by `editor`, so they are published per locale and on record as translations.
 */
export async function seedDemoContent(payload: Payload, editor: User): Promise<number> {
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
    for (const [locale, version] of Object.entries(translations) as [
      TargetLocale,
      typeof source,
    ][]) {
      const translation = await payload.create({
        collection: 'translations',
        data: { statement: doc.id, locale, status: 'submitted', ...fields(locale, version) },
        user: editor,
        context,
      })
      await payload.update({
        collection: 'translations',
        id: translation.id,
        data: { status: 'accepted' },
        user: editor,
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

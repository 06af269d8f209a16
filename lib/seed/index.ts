import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'

import { demoStatements } from './demoStatements'

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

/** Adds the demo statements that are not there yet (matched by English slug); returns how many. */
export async function seedDemoContent(payload: Payload): Promise<number> {
  let created = 0
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

    const doc = await payload.create({
      collection: 'statements',
      locale: 'en',
      data: { ...source, publishedAt: statement.publishedAt, _status: 'published' },
      overrideAccess: true,
      context,
    })
    for (const [locale, fields] of Object.entries(translations) as [Locale, typeof source][]) {
      await payload.update({
        collection: 'statements',
        id: doc.id,
        locale,
        data: { ...fields, _status: 'published' },
        overrideAccess: true,
        context,
      })
    }
    created += 1
  }
  return created
}

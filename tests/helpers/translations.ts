import type { Payload } from 'payload'

import type { Translation, User } from '@/payload-types'
import { type TargetLocale } from '@/i18n/locales'

type Fields = Pick<Translation, 'title'> &
  Partial<Pick<Translation, 'slug' | 'standfirst' | 'description' | 'body'>>

/** A person with `roles` (and `languages`), created once per test database. */
export async function testUser(
  payload: Payload,
  email: string,
  roles: User['roles'],
  languages: TargetLocale[] = [],
): Promise<User> {
  const { docs } = await payload.find({
    collection: 'users',
    where: { email: { equals: email } },
    limit: 1,
    overrideAccess: true,
  })
  if (docs[0]) return docs[0]
  return payload.create({
    collection: 'users',
    data: { email, password: 'test-password-123', roles, languages },
    overrideAccess: true,
  })
}

/** Publishes `locale` of a statement the way editors do: a submitted translation, accepted. */
export async function publishTranslation(
  payload: Payload,
  {
    statement,
    locale,
    fields,
    editor,
    context,
  }: {
    statement: number
    locale: TargetLocale
    fields: Fields
    editor: User
    context?: Record<string, unknown>
  },
): Promise<Translation> {
  const submitted = await payload.create({
    collection: 'translations',
    data: { statement, locale, status: 'submitted', ...fields },
    user: editor,
    overrideAccess: false,
    context: { silent: true, ...context },
  })
  return payload.update({
    collection: 'translations',
    id: submitted.id,
    data: { status: 'accepted' },
    user: editor,
    overrideAccess: false,
    context: { silent: true, ...context },
  })
}

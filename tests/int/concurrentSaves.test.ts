import config from '@payload-config'
import { getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { lexicalDocument } from '@/lib/seed/lexical'
import type { User } from '@/payload-types'

import { testUser } from '../helpers/translations'

vi.mock('next/cache', () => import('../helpers/fakeNextCache'))

let payload: Payload
let editor: User

beforeAll(async () => {
  payload = await getPayload({ config })
  editor = await testUser(payload, 'concurrent-editor@example.org', ['editor'])
})

afterAll(async () => {
  await payload.destroy()
})

describe('two people saving different languages of one document at the same moment', () => {
  it('keeps both, round after round', async () => {
    const topic = await payload.create({
      collection: 'topics',
      locale: 'en',
      data: { name: 'Cooperation' },
      user: editor,
      overrideAccess: false,
    })
    for (let round = 1; round <= 5; round++) {
      const save = (locale: 'fr' | 'es' | 'ar', name: string) =>
        payload.update({
          collection: 'topics',
          id: topic.id,
          locale,
          data: { name: `${name} ${round}` },
          user: editor,
          overrideAccess: false,
        })
      await Promise.all([
        save('fr', 'Coopération'),
        save('es', 'Cooperación'),
        save('ar', 'التعاون'),
      ])
      const saved = (await payload.findByID({
        collection: 'topics',
        id: topic.id,
        locale: 'all',
        depth: 0,
        overrideAccess: true,
      })) as unknown as { name: Record<string, string> }
      expect(saved.name).toEqual({
        en: 'Cooperation',
        fr: `Coopération ${round}`,
        es: `Cooperación ${round}`,
        ar: `التعاون ${round}`,
      })
    }
    await payload.delete({ collection: 'topics', id: topic.id, overrideAccess: true })
  })

  it('publishes two translations accepted at once, and the English edit made meanwhile', async () => {
    const statement = await payload.create({
      collection: 'statements',
      locale: 'en',
      data: {
        title: 'Concurrent statement',
        standfirst: 'English.',
        body: lexicalDocument(['English body.']),
        kind: 'statement',
        publishedAt: '2024-05-31',
        _status: 'published',
      },
      user: editor,
      overrideAccess: false,
    })
    const submitted = await Promise.all(
      (['fr', 'es'] as const).map((locale) =>
        payload.create({
          collection: 'translations',
          data: {
            statement: statement.id,
            locale,
            status: 'submitted',
            title: `Titre ${locale}`,
            standfirst: `Chapeau ${locale}.`,
            body: lexicalDocument([`Corps ${locale}.`]),
          },
          user: editor,
          overrideAccess: false,
          context: { silent: true },
        }),
      ),
    )
    await Promise.all([
      ...submitted.map((translation) =>
        payload.update({
          collection: 'translations',
          id: translation.id,
          data: { status: 'accepted' },
          user: editor,
          overrideAccess: false,
          context: { silent: true },
        }),
      ),
      payload.update({
        collection: 'statements',
        id: statement.id,
        locale: 'en',
        data: { standfirst: 'English, revised.', _status: 'published' },
        user: editor,
        overrideAccess: false,
      }),
    ])
    const published = (await payload.findByID({
      collection: 'statements',
      id: statement.id,
      locale: 'all',
      draft: false,
      depth: 0,
      overrideAccess: true,
    })) as unknown as {
      title: Record<string, string>
      standfirst: Record<string, string>
      localeVersions: { locale: string }[]
    }
    expect(published.title).toMatchObject({
      en: 'Concurrent statement',
      fr: 'Titre fr',
      es: 'Titre es',
    })
    expect(published.standfirst).toMatchObject({
      en: 'English, revised.',
      fr: 'Chapeau fr.',
      es: 'Chapeau es.',
    })
    expect(published.localeVersions.map((entry) => entry.locale).sort()).toEqual(['es', 'fr'])
    await payload.delete({ collection: 'statements', id: statement.id, overrideAccess: true })
  })
})

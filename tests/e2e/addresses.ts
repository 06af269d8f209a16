import { inject } from 'vitest'

import { type Locale, localeCodes } from '@/i18n/locales'

import { logIn } from '../helpers/apiClient'

/** Requests as crawlers and feed readers make them, and an editor's publishing over REST. */

export const statementPath = (locale: string, slug: string) =>
  `/${locale}/statements/${encodeURIComponent(slug)}`

/** A request as a crawler makes it: no JavaScript, no cookies, redirects not followed. */
export const get = (path: string) => fetch(new URL(path, inject('baseURL')), { redirect: 'manual' })

/** The site's own address for an href (null for other sites), without its fragment. */
export function ownPath(href: string): string | null {
  const url = new URL(href, inject('baseURL'))
  if (url.origin !== new URL(inject('baseURL')).origin) return null
  return url.pathname + url.search
}

/** The admin publishing and renaming statements as editors do; `removeAll` deletes what it published. */
export async function signInEditor() {
  const baseURL = inject('baseURL')
  const { token } = await logIn(baseURL, inject('adminEmail'), inject('adminPassword'))
  const created: number[] = []

  async function api(method: 'POST' | 'PATCH' | 'DELETE', path: string, data?: unknown) {
    const response = await fetch(`${baseURL}/api${path}`, {
      method,
      headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
      body: data === undefined ? undefined : JSON.stringify(data),
    })
    const body = (await response.json()) as { doc?: { id: number } }
    if (!response.ok)
      throw new Error(`${method} ${path} answered ${response.status}: ${JSON.stringify(body)}`)
    return body
  }

  async function publishVersion(statement: number, locale: Locale, slug: string) {
    const { doc } = await api('POST', '/translations', {
      statement,
      locale,
      status: 'submitted',
      title: slug,
      slug,
    })
    await api('PATCH', `/translations/${doc?.id}`, { status: 'accepted' })
  }

  return {
    /** A published statement in English, then its versions in the other languages as editors publish them (accepted translations). */
    async publishStatement(
      slugs: Partial<Record<Locale, string>> & { en: string },
    ): Promise<number> {
      const { doc } = await api('POST', '/statements?locale=en', {
        title: slugs.en,
        slug: slugs.en,
        kind: 'statement',
        publishedAt: '2024-02-01',
        _status: 'published',
      })
      const id = doc?.id ?? 0
      created.push(id)
      for (const code of localeCodes) {
        const slug = slugs[code]
        if (code !== 'en' && slug) await publishVersion(id, code, slug)
      }
      return id
    },
    /** A new slug in one language: the editor's for the original, an accepted translation's for the others. */
    async rename(statement: number, locale: Locale, slug: string) {
      if (locale === 'en')
        await api('PATCH', `/statements/${statement}?locale=en`, { slug, _status: 'published' })
      else await publishVersion(statement, locale, slug)
    },
    async removeAll() {
      for (const id of created.splice(0)) await api('DELETE', `/statements/${id}`)
    },
  }
}

export type Editor = Awaited<ReturnType<typeof signInEditor>>

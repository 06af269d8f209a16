import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'

import { type SignatureWindow, signatureWindow } from './signatureWindow'

export type SignOnStatement = {
  id: number
  title: string
  slug: string
  closesAt: string | null
  window: SignatureWindow
}

/**
 * The statement a reader asks to sign, read afresh (never from a cache) since the form must
 * know whether signatures are still open at this very moment. Only published statements, as an
 * anonymous reader sees them; null when there is none.
 */
export async function statementForSignOn(
  payload: Payload,
  locale: Locale,
  id: number,
  now = Date.now(),
): Promise<SignOnStatement | null> {
  const { docs } = await payload.find({
    collection: 'statements',
    where: { id: { equals: id } },
    locale,
    draft: false,
    overrideAccess: false,
    depth: 0,
    limit: 1,
    select: { title: true, slug: true, signatureClosesAt: true, _status: true },
  })
  const doc = docs[0]
  if (!doc) return null
  return {
    id: doc.id,
    title: doc.title ?? '',
    slug: doc.slug ?? '',
    closesAt: doc.signatureClosesAt ?? null,
    window: signatureWindow(doc, now),
  }
}

import { unstable_cache } from 'next/cache'

import type { Locale } from '@/i18n/locales'
import type { Choice } from '@/lib/signatories/signOnFormView'
import { type SignOnStatement, statementForSignOn } from '@/lib/signatories/signOnStatement'

import { payloadClient } from './payload'
import { trackerData } from './reactions'

/**
 * The countries an organization can sign from: the tracker's States, named in the reader's
 * language and sorted as that language sorts (cached with the tracker's data).
 */
export async function signOnCountries(locale: Locale): Promise<Choice[]> {
  const { states } = await trackerData(locale)
  const collator = new Intl.Collator(locale)
  return states
    .map((state) => ({ value: state.iso2, label: state.name }))
    .sort((a, b) => collator.compare(a.label, b.label))
}

/** The statement being signed, read afresh: whether signatures are open is decided now. */
export async function signOnStatement(locale: Locale, id: number): Promise<SignOnStatement | null> {
  return statementForSignOn(await payloadClient(), locale, id)
}

/**
 * A cached page that invites readers to sign is rendered again once signatures close: Next
 * renders a page again after the shortest revalidation time of the data it read, so reading
 * this entry, valid until the closing moment, sets that time without making the page uncached.
 */
export async function renderAgainWhenSignaturesClose(closesAt: string | null | undefined) {
  if (!closesAt) return
  const seconds = Math.ceil((new Date(closesAt).getTime() - Date.now()) / 1000)
  if (seconds <= 0) return
  await unstable_cache(async () => closesAt, ['signatures:closing', closesAt], {
    revalidate: seconds,
  })()
}

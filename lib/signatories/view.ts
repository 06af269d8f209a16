import { type Locale, sourceLocale } from '@/i18n/locales'

import type { SignatoryType } from './kinds'
import type { NamesByLocale, PublicSignatory, SignatoriesData } from './types'

/** A name in the reader's language where it has one, else in English, with the language it is in. */
export type LocalName = { text: string; locale: Locale }

export function nameIn(names: NamesByLocale, locale: Locale): LocalName {
  const own = names[locale]?.trim()
  if (own) return { text: own, locale }
  return { text: names[sourceLocale]?.trim() ?? '', locale: sourceLocale }
}

/** One organization as a list shows it, in the reader's language. */
export type SignatoryEntry = {
  id: number
  slug: string
  name: LocalName
  country: { code: string; name: string }
  type: SignatoryType
  website: string | null
  signedAt: string
}

/** Sorts by the reader's language's alphabet (Intl.Collator of the locale), then by id for ties. */
export function sortByName<T extends { id: number; name: LocalName }>(
  entries: readonly T[],
  locale: Locale,
): T[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true })
  return [...entries].sort((a, b) => collator.compare(a.name.text, b.name.text) || a.id - b.id)
}

export function countryName(data: SignatoriesData, code: string, locale: Locale): string {
  return nameIn(data.countries[code] ?? {}, locale).text || code
}

function entryOf(
  data: SignatoriesData,
  signatory: PublicSignatory,
  signedAt: string,
  locale: Locale,
): SignatoryEntry {
  return {
    id: signatory.id,
    slug: signatory.slug,
    name: nameIn(signatory.names, locale),
    country: { code: signatory.country, name: countryName(data, signatory.country, locale) },
    type: signatory.type,
    website: signatory.website,
    signedAt,
  }
}

/** A statement's signatories in the reader's language and alphabetical order, of one country or all. */
export function signatoriesOf(
  data: SignatoriesData,
  statementId: number,
  locale: Locale,
  country?: string,
): SignatoryEntry[] {
  const byId = new Map(data.signatories.map((signatory) => [signatory.id, signatory]))
  const entries = data.signatures.flatMap((signature) => {
    const signatory = byId.get(signature.signatory)
    if (signature.statement !== statementId || !signatory) return []
    if (country && signatory.country !== country) return []
    return [entryOf(data, signatory, signature.signedAt, locale)]
  })
  return sortByName(entries, locale)
}

export type CountryCount = { code: string; name: string; count: number }

/**
 * How many organizations signed and from how many countries (the count sentence), and each
 * country with its count in the reader's alphabetical order (the filter links).
 */
export function countByCountry(
  entries: readonly SignatoryEntry[],
  locale: Locale,
): { organizations: number; countries: CountryCount[] } {
  const counts = new Map<string, CountryCount>()
  for (const entry of entries) {
    const count = counts.get(entry.country.code) ?? { ...entry.country, count: 0 }
    count.count += 1
    counts.set(entry.country.code, count)
  }
  const collator = new Intl.Collator(locale, { sensitivity: 'base' })
  const countries = [...counts.values()].sort((a, b) => collator.compare(a.name, b.name))
  return { organizations: entries.length, countries }
}

/** The statements one organization signed (ids, newest signature first). */
export function signedBy(data: SignatoriesData, signatoryId: number) {
  return data.signatures
    .filter((signature) => signature.signatory === signatoryId)
    .sort((a, b) => b.signedAt.localeCompare(a.signedAt) || b.statement - a.statement)
}

/** A statement is a joint statement when it has a public (verified) signature: never a stored flag. */
export const isJointStatement = (data: SignatoriesData, statementId: number) =>
  data.signatures.some((signature) => signature.statement === statementId)

/** The organization with this slug, if readers may see it. */
export const findSignatory = (data: SignatoriesData, slug: string) =>
  data.signatories.find((signatory) => signatory.slug === slug) ?? null

/** `text` as an ISO 3166-1 alpha-2 code in capitals, or null when it is not two letters. */
export const countryCode = (text: string): string | null =>
  /^[A-Za-z]{2}$/.test(text) ? text.toUpperCase() : null

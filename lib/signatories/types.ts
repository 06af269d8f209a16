import type { Locale } from '@/i18n/locales'

import type { SignatoryType } from './kinds'

/** A name per locale, as a localized field holds them when read with `locale: 'all'`. */
export type NamesByLocale = Partial<Record<Locale, string | null>>

/** An organization readers may see (one with a verified signature of a published statement). */
export type PublicSignatory = {
  id: number
  slug: string
  names: NamesByLocale
  country: string
  type: SignatoryType
  website: string | null
}

/** A verified signature of a published statement. */
export type PublicSignature = { statement: number; signatory: number; signedAt: string }

/** What every public view of signatories is computed from, in every language at once. */
export type SignatoriesData = {
  signatories: PublicSignatory[]
  signatures: PublicSignature[]
  /** Country names by ISO 3166-1 alpha-2 code, in every language. */
  countries: Record<string, NamesByLocale>
}

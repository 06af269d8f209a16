import type { Locale } from '@/i18n/locales'
import type { Statement } from '@/payload-types'

/** One value per locale, as a localized field holds them when read with `locale: 'all'`. */
export type PerLocale<T> = Partial<Record<Locale, T>>

type LocalizedField = 'title' | 'slug' | 'standfirst' | 'body' | 'searchText'
type Meta = NonNullable<Statement['meta']>

/** A statement read with `locale: 'all'`: every localized field holds one value per locale. */
export type StatementAllLocales = Omit<Statement, LocalizedField | 'meta'> & {
  title: PerLocale<string | null>
  slug?: PerLocale<string | null>
  standfirst?: PerLocale<string | null>
  body?: PerLocale<Statement['body']>
  searchText?: PerLocale<string | null>
  meta?: Omit<Meta, 'title' | 'description'> & {
    title?: PerLocale<string | null>
    description?: PerLocale<string | null>
  }
}

/**
 * A statement (or the fields of one a `select` asked for) that Payload read with `locale: 'all'`,
 * typed as it is: Payload's generated types describe a read in one locale.
 */
export function inAllLocales<Field extends keyof Statement>(
  doc: Pick<Statement, Field>,
): Pick<StatementAllLocales, Field> {
  return doc as unknown as Pick<StatementAllLocales, Field>
}

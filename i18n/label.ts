import type { I18nClient } from '@payloadcms/translations'
import type { LabelFunction } from 'payload'

import { sourceLocale, type Locale, localeCodes } from './locales'

/**
 * A text in every language: the admin's labels, help texts and option names are all written so.
 * Typed by Locale, so a new language cannot be forgotten.
 */
export type Label = Record<Locale, string>

/** A choice of a select field, with its name in every language. */
export type LabelledOption = { value: string; label: Label }

type AdminI18n = Pick<I18nClient, 'language'>

/** The admin interface language of this person, as one of our locales. */
export function adminLocale(i18n: AdminI18n): Locale {
  return (localeCodes as string[]).includes(i18n.language)
    ? (i18n.language as Locale)
    : sourceLocale
}

/** The label in the admin interface language this person chose. */
export const inAdminLanguage = (label: Label, i18n: AdminI18n): string => label[adminLocale(i18n)]

/**
 * A collection's label, chosen on the server in the editor's language. Payload hands collection
 * labels to some of its texts as they are ("Add new …" beside a relationship field), where a
 * label given in every language would read "Add new [object Object]".
 */
const labelIn =
  (label: Label): LabelFunction =>
  ({ i18n }) =>
    inAdminLanguage(label, i18n)

/** A collection's singular and plural labels in the editor's language. */
export const collectionLabels = (singular: Label, plural: Label) => ({
  singular: labelIn(singular),
  plural: labelIn(plural),
})

import type { FieldAccess } from 'payload'
import { sourceLocale } from '@/i18n/locales'

/**
 * A statement's text is written in its source language only: the other languages come from
 * accepted translations (which write them directly), so each has a reviewed, recorded origin.
 * In another locale the admin shows these fields read-only and the API keeps them unchanged.
 */
export const sourceLocaleOnly: FieldAccess = ({ req }) => req.locale === sourceLocale

import type {
  CollectionBeforeChangeHook,
  CollectionConfig,
  TextField,
  TextFieldSingleValidation,
} from 'payload'

import { isEditor } from '@/access/isEditor'
import { isStaff } from '@/access/isStaff'
import { rejectMalformedId } from '@/hooks/rejectMalformedId'
import { adminText } from '@/i18n/adminText'
import { collectionLabels, inAdminLanguage } from '@/i18n/label'
import { localeInfo, type TargetLocale, targetLocales } from '@/i18n/locales'
import { preparedTerm, termKeyOf } from '@/lib/glossary/entry'
import type { GlossaryTerm } from '@/payload-types'

import { glossaryImportEndpoint } from './importEndpoint'

const prepare: CollectionBeforeChangeHook<GlossaryTerm> = ({ data }) => preparedTerm(data)

/** A term, once: "States Parties" and "states parties" are one entry. */
const uniqueTerm: TextFieldSingleValidation = async (value, { id, req }) => {
  if (!value?.trim()) return req.t('validation:required')
  const { docs } = await req.payload.find({
    collection: 'glossary-terms',
    where: {
      termKey: { equals: termKeyOf(value) },
      ...(id ? { id: { not_equals: id } } : {}),
    },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs.length ? inAdminLanguage(adminText.glossaryDuplicate, req.i18n) : true
}

/** The approved translation into `locale`: required unless the term is not to be translated. */
const approvedField = (locale: TargetLocale): TextField => ({
  name: locale,
  label: localeInfo(locale).label,
  type: 'text',
  maxLength: 300,
  admin: {
    width: `${Math.floor(100 / targetLocales.length)}%`,
    rtl: localeInfo(locale).dir === 'rtl',
    condition: (data) => !data?.doNotTranslate,
  },
  validate: (value: string | null | undefined, { siblingData, req }) =>
    (siblingData as Partial<GlossaryTerm>).doNotTranslate || value?.trim()
      ? true
      : inAdminLanguage(adminText.glossaryTranslationMissing, req.i18n),
})

/**
 * The glossary: the coalition's terms in English with their one approved translation per target
 * language (lib/glossary). Staff read it (translators see it beside their work); editors keep it,
 * by hand or by CSV import (POST /api/glossary-terms/import).
 */
export const GlossaryTerms: CollectionConfig = {
  slug: 'glossary-terms',
  labels: collectionLabels(adminText.glossaryTerm, adminText.glossaryTerms),
  admin: {
    useAsTitle: 'term',
    defaultColumns: ['term', ...targetLocales, 'doNotTranslate'],
    listSearchableFields: ['term', ...targetLocales],
    description: adminText.glossaryHelp,
    components: {
      beforeList: ['@/components/admin/GlossaryImportPanel#GlossaryImportPanel'],
    },
  },
  access: { read: isStaff, create: isEditor, update: isEditor, delete: isEditor },
  defaultSort: 'term',
  endpoints: [glossaryImportEndpoint],
  fields: [
    {
      name: 'term',
      label: adminText.glossarySourceTerm,
      type: 'text',
      required: true,
      maxLength: 300,
      admin: { description: adminText.glossarySourceTermHelp },
      // A friendly refusal; the unique termKey is the guarantee when two saves race.
      validate: uniqueTerm,
    },
    {
      name: 'doNotTranslate',
      label: adminText.glossaryDoNotTranslate,
      type: 'checkbox',
      defaultValue: false,
      admin: { description: adminText.glossaryDoNotTranslateHelp },
    },
    {
      type: 'row',
      fields: targetLocales.map(approvedField),
    },
    {
      name: 'note',
      label: adminText.glossaryNote,
      type: 'textarea',
      maxLength: 2000,
      admin: { description: adminText.glossaryNoteHelp },
    },
    // The term compared as matching compares it (case, spaces, apostrophes): one entry per term.
    { name: 'termKey', type: 'text', unique: true, index: true, admin: { hidden: true } },
  ],
  hooks: { beforeOperation: [rejectMalformedId], beforeChange: [prepare] },
}

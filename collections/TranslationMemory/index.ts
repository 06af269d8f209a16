import type { CollectionConfig } from 'payload'

import { isEditor } from '@/access/isEditor'
import { rejectMalformedId } from '@/hooks/rejectMalformedId'
import { adminText } from '@/i18n/adminText'
import { collectionLabels } from '@/i18n/label'
import { localeInfo, localeCodes, targetLocales } from '@/i18n/locales'

import { tmxEndpoints } from './tmxEndpoints'

const nobody = () => false

/**
 * The translation memory: one row per segment of an accepted translation (or of an imported TMX
 * file), keyed by the language pair and the source segment's text with its inline tags
 * (`sourceKey`). Written only by lib/translationMemory (raw SQL upserts: an accept stores a
 * dozen rows, an import thousands); editors read it and delete a bad segment so that it is
 * never offered again. `source_text` has a trigram index (pg_trgm) for fuzzy matches: see the
 * migration that creates this table.
 */
export const TranslationMemory: CollectionConfig = {
  slug: 'translation-memory',
  labels: collectionLabels(adminText.memoryEntry, adminText.memoryEntries),
  admin: {
    useAsTitle: 'sourceText',
    defaultColumns: ['sourceText', 'targetText', 'targetLocale', 'origin', 'storedAt'],
    listSearchableFields: ['sourceText', 'targetText'],
    description: adminText.memoryHelp,
    components: { beforeList: ['@/components/admin/TmxPanel#TmxPanel'] },
  },
  endpoints: tmxEndpoints,
  access: { read: isEditor, create: nobody, update: nobody, delete: isEditor },
  defaultSort: '-storedAt',
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'sourceLocale',
          label: adminText.memorySourceLanguage,
          type: 'select',
          required: true,
          options: localeCodes.map((code) => ({ label: localeInfo(code).label, value: code })),
        },
        {
          name: 'targetLocale',
          label: adminText.memoryTargetLanguage,
          type: 'select',
          required: true,
          index: true,
          options: targetLocales.map((code) => ({ label: localeInfo(code).label, value: code })),
        },
      ],
    },
    { name: 'sourceText', label: adminText.memorySourceText, type: 'textarea', required: true },
    { name: 'targetText', label: adminText.memoryTargetText, type: 'textarea', required: true },
    // Exact-match key: a hash of the source segment with its inline tags (lib/translationMemory).
    { name: 'sourceKey', type: 'text', required: true, index: true, admin: { hidden: true } },
    // One row per pair, source and translation: storing the same again only dates it anew.
    { name: 'entryKey', type: 'text', required: true, unique: true, admin: { hidden: true } },
    // The segments as XLIFF inline content (the xliff library's model), tag ids the source's.
    { name: 'source', type: 'json', required: true, admin: { hidden: true } },
    { name: 'target', type: 'json', required: true, admin: { hidden: true } },
    // What each inline tag id of `source` stands for (a format, a link and its target, a line break).
    { name: 'tags', type: 'json', admin: { hidden: true } },
    {
      name: 'origin',
      label: adminText.memoryOrigin,
      type: 'select',
      required: true,
      options: [
        { value: 'accepted', label: adminText.memoryFromAccepted },
        { value: 'tmx', label: adminText.memoryFromTmx },
      ],
    },
    { name: 'statement', type: 'relationship', relationTo: 'statements', index: true },
    { name: 'translation', type: 'relationship', relationTo: 'translations' },
    { name: 'segment', label: adminText.memorySegment, type: 'text' },
    {
      name: 'storedAt',
      label: adminText.memoryStoredAt,
      type: 'date',
      required: true,
      index: true,
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
  ],
  hooks: { beforeOperation: [rejectMalformedId] },
}

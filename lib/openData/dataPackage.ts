import type { Locale } from '@/i18n/locales'
import { openDataColumns, openDataFields } from '@/lib/reactions/openData'
import { signatoryColumns, signatoryFields } from '@/lib/signatories/openData'
import { env } from '@/lib/env'

import { schemaChanges, schemaVersion } from './changelog'
import { tableSchema } from './tableSchema'
import { openDataTexts } from './texts'

/** Which data release a package is, or for the current files, the latest one and whether they match it. */
export type PackageRelease =
  | { date: string; url: string; schemaVersion: string }
  | { latest: string | null; matchesCurrent: boolean; url: string | null }

const csvResource = (name: string, title: string, schema: object) => ({
  name,
  // Relative: beside the descriptor, so that the current package points at the current files and
  // a release's at the release's own.
  path: `${name}.csv`,
  profile: 'tabular-data-resource',
  title,
  format: 'csv',
  mediatype: 'text/csv',
  encoding: 'utf-8',
  description:
    'UTF-8 starting with a byte-order mark (so that spreadsheets read accents and Arabic); lists in one cell are joined with ";".',
  dialect: { delimiter: ',', doubleQuote: true, header: true },
  schema,
})

/**
 * The Frictionless Tabular Data Package (https://specs.frictionlessdata.io/data-package/) that
 * describes one language's CSV files: each column's type and meaning, the licence, the sources,
 * the format's version and its changes.
 */
export function dataPackage(locale: Locale, created: Date, release: PackageRelease) {
  const texts = openDataTexts(locale)
  return {
    profile: 'tabular-data-package',
    name: `amicus-open-data-${locale}`,
    title: texts.packageTitle,
    description: texts.packageDescription,
    homepage: new URL(`/${locale}/data`, env.NEXT_PUBLIC_SERVER_URL).toString(),
    version: schemaVersion,
    created: created.toISOString(),
    licenses: [
      {
        name: 'CC-BY-4.0',
        path: 'https://creativecommons.org/licenses/by/4.0/',
        title: 'Creative Commons Attribution 4.0',
      },
    ],
    sources: [
      {
        title: 'Amicus: statements and reactions recorded by the Coalition',
        path: new URL(`/${locale}/reactions`, env.NEXT_PUBLIC_SERVER_URL).toString(),
      },
      {
        title: "Each reaction's own source: its source_url column",
        path: new URL(`/${locale}/reactions.csv`, env.NEXT_PUBLIC_SERVER_URL).toString(),
      },
    ],
    release,
    schemaChanges,
    resources: [
      csvResource(
        'reactions',
        texts.reactionsTitle,
        tableSchema(openDataColumns, openDataFields, ['id']),
      ),
      csvResource(
        'signatories',
        texts.signatoriesTitle,
        tableSchema(signatoryColumns, signatoryFields, ['statement_id', 'organization_slug']),
      ),
    ],
  }
}

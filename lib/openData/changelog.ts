/**
 * Changes to the open data's format (the columns of reactions.csv and signatories.csv and their
 * types), newest last. A column added at the end is a minor version; renaming or removing one
 * would be a major version, and is never done. Shown in every datapackage.json and in
 * docs/open-data.md; a data release records the version it was made with.
 */
export type SchemaChange = { version: string; date: string; change: string }

export const schemaChanges = [
  {
    version: '1.0.0',
    date: '2026-12-07',
    change:
      'First described format: reactions.csv (15 columns, id to archived_url) and signatories.csv (12 columns, statement_id to signed_at), published with a Table Schema and as dated data releases.',
  },
] as const satisfies readonly SchemaChange[]

export const schemaVersion: string = schemaChanges[schemaChanges.length - 1].version

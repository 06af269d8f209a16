import { writeFile } from 'node:fs/promises'
import path from 'node:path'

import { stringify } from 'csv-stringify/sync'

import { columns } from '@/lib/reactions/importCsv'

/**
 * A CSV file of one verified reaction by `actor` (an ISO code), with a source of its own, in
 * `folder`, as an editor would write it for `npm run import:reactions`.
 */
export async function oneReactionCsv(
  folder: string,
  actor: string,
  summary: string,
): Promise<string> {
  const unique = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`
  const row = Object.fromEntries(columns.map((column) => [column, '']))
  Object.assign(row, {
    date: '2026-11-20',
    actors: actor,
    stance: 'supports',
    summary_en: summary,
    source_url: `https://example.org/cli-import/${unique}`,
    source_title: 'Statement (test)',
    source_publisher: 'example.org',
    verified: 'yes',
  })
  const file = path.join(folder, `reactions-${unique}.csv`)
  await writeFile(file, stringify([row], { header: true, columns: [...columns] }))
  return file
}

/**
 * Imports reactions from a CSV file (columns: see lib/reactions/importCsv.ts, example:
 * data/reactions-import-example.csv). Nothing is written unless every row is valid; rows
 * already recorded are skipped.
 *
 *   npm run import:reactions FILE.csv
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'

import config from '@payload-config'
import { getPayload } from 'payload'

import { importReactions } from '@/lib/reactions/importCsv'
import { everyPercent } from '@/lib/reactions/importWrite'

const argument = process.argv[2]
if (!argument) {
  console.error('Usage: npm run import:reactions FILE.csv')
  process.exit(2)
}
// npm runs scripts from the project root; INIT_CWD is where the editor typed the command.
const file = path.resolve(process.env.INIT_CWD ?? process.cwd(), argument)
const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
  console.error(`Cannot read ${file}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`)
  process.exit(1)
})

const progress = everyPercent((done, total) => {
  process.stdout.write(`\rImporting: ${done} of ${total} (${Math.floor((done * 100) / total)}%)`)
  if (done === total) process.stdout.write('\n')
})

const payload = await getPayload({ config })
let code = 0
try {
  const result = await importReactions(payload, text, { onProgress: progress })
  if (result.ok) {
    console.log(
      `Imported ${result.created} reaction(s); skipped ${result.skipped} already recorded.`,
    )
    // Only a request to the site can expire its cache, and this process is not one.
    if (result.created > 0)
      console.log(
        'The public pages are cached: they show verified new reactions once a reaction, State or organization is next saved in the admin.',
      )
  } else {
    for (const error of result.errors) console.error(error.message)
    code = 1
  }
} finally {
  await payload.destroy()
}
// Payload's Postgres adapter keeps one connection checked out for its lifetime, which would
// keep Node running after the work is done.
process.exit(code)

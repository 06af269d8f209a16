/**
 * autocannon on a list of addresses, in a process of its own (see loadPaths.ts):
 * `node scripts/bench/loadRunner.mjs CONFIG.json` prints autocannon's result as JSON.
 *
 * Connections take the addresses in turn from one shared counter, so a list at least as long as
 * the run's requests sends every address once (`sent` says how many were taken). With `byPath`,
 * answers other than 2xx are also counted per address (autocannon only counts them per status).
 *
 * CONFIG: { origin, paths: string[], connections, seconds, headers?, byPath? }
 */
import { readFileSync } from 'node:fs'

import autocannon from 'autocannon'

const {
  origin,
  paths,
  connections,
  seconds,
  headers = {},
  byPath = false,
} = JSON.parse(readFileSync(process.argv[2], 'utf8'))

let taken = 0
/** @type {Record<string, Record<string, number>>} */
const failuresByPath = {}

const result = await autocannon({
  url: origin,
  connections,
  duration: seconds,
  headers,
  requests: [
    {
      setupRequest: (request, context) => {
        const path = paths[taken++ % paths.length]
        context.path = path
        return { ...request, path }
      },
      ...(byPath && {
        onResponse: (status, _body, context) => {
          if (status >= 200 && status < 300) return
          const counts = (failuresByPath[context.path] ??= {})
          counts[status] = (counts[status] ?? 0) + 1
        },
      }),
    },
  ],
})

process.stdout.write(JSON.stringify({ ...result, sent: taken, failuresByPath }))

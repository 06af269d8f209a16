/**
 * Payload's command line (`npm run payload -- …`): the `payload` bin its package declares, run
 * through tsx as our other scripts are. `--disable-transpile` is Payload's documented switch for
 * a runtime that compiles TypeScript itself, as tsx does here.
 *
 * That bin starts the command without awaiting it. When Node 20's module loader thread loses its
 * race (privatenumber/tsx#233) while the command loads, the process would end with exit code 0
 * having done nothing, which for `migrate:down` is a silent no-op. So this script waits at the
 * top level until Payload ends the process (it exits when its command is done, or fails): a lost
 * race then ends with exit code 13, which runScript recognises and runs again.
 */
import { pathToFileURL } from 'node:url'

import { bin } from './runScript'

process.argv.push('--disable-transpile')
await import(pathToFileURL(bin('payload')).href)
await new Promise<never>(() => {})

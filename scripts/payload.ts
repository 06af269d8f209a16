/**
 * Payload's command line (`npm run payload -- …`): the `payload` bin its package declares, run
 * through tsx as our other scripts are. `--disable-transpile` is Payload's documented switch for
 * a runtime that compiles TypeScript itself, as tsx does here.
 */
import { pathToFileURL } from 'node:url'

import { bin } from './runScript'

process.argv.push('--disable-transpile')
await import(pathToFileURL(bin('payload')).href)

/**
 * Payload's command line (`npm run payload -- …`), run through tsx as our other scripts are.
 * Payload's own launcher (node_modules/.bin/payload) starts its TypeScript loader without waiting
 * for it at the top level: when Node 20's loader thread loses its race (privatenumber/tsx#233), the
 * process ends with exit code 0 having done nothing, which for `migrate:down` is a silent no-op.
 * Through tsx the same race ends with code 13, which runScript recognises and runs again.
 */
import { bin } from '../node_modules/payload/dist/bin/index.js'

await bin()

import { existsSync } from 'node:fs'

const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']

/** Flags for a headless Chromium on a server: no sandbox (root), no GPU, no calls home. */
export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/**
 * The system Chromium the end-to-end suite and Lighthouse drive; missing one is a failure with a
 * way out, never a skip.
 */
export function findChromium(): string {
  const fromEnv = process.env.CHROMIUM_PATH
  if (fromEnv) {
    if (!existsSync(fromEnv))
      throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but there is no file there.`)
    return fromEnv
  }
  const found = candidates.find((candidate) => existsSync(candidate))
  if (!found) {
    throw new Error(
      'The end-to-end tests need Chromium and none was found. Install it with ' +
        '`sudo apt-get install -y chromium` (Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium or Chrome binary.',
    )
  }
  return found
}

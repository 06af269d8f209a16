import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import {
  isSupportedNode,
  supportedRange,
  unsupportedNodeMessage,
} from '@/scripts/supportedNode.mjs'

describe('supported Node releases', () => {
  it('are the LTS lines from the release where tsx loads on the main thread', () => {
    const verdicts = Object.fromEntries(
      ['20.19.5', '22.12.0', '22.22.2', '22.22.3', '22.23.5', '23.11.0', '24.11.0', '24.11.1']
        .concat(['24.22.3', '25.2.1', '26.0.0', '28.3.0'])
        .map((version) => [version, isSupportedNode(version)]),
    )
    expect(verdicts).toEqual({
      '20.19.5': false,
      '22.12.0': false,
      '22.22.2': false,
      '22.22.3': true,
      '22.23.5': true,
      '23.11.0': false,
      '24.11.0': false,
      '24.11.1': true,
      '24.22.3': true,
      '25.2.1': false,
      '26.0.0': true,
      '28.3.0': true,
    })
  })

  it('are what package.json’s engines say, and the refusal says how to get one', () => {
    const manifest = JSON.parse(
      readFileSync(path.join(import.meta.dirname, '../../package.json'), 'utf8'),
    ) as { engines: { node: string } }
    expect(manifest.engines.node).toBe(supportedRange)
    expect(unsupportedNodeMessage('20.20.2')).toContain('PATH="$(.ci/node.sh 24):$PATH"')
  })
})

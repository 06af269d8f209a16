import { describe, expect, it } from 'vitest'

import { serverNodeOptions } from '@/scripts/serverHeap'

describe('the server heap cap', () => {
  it('caps the old space at 384 MB by default, keeping other options', () => {
    expect(serverNodeOptions({})).toBe('--max-old-space-size=384')
    expect(
      serverNodeOptions({ NODE_OPTIONS: '--enable-source-maps', SERVER_HEAP_MB: '1024' }),
    ).toBe('--enable-source-maps --max-old-space-size=1024')
  })

  it('leaves a cap already in NODE_OPTIONS alone, and refuses a nonsense size', () => {
    expect(
      serverNodeOptions({ NODE_OPTIONS: '--max-old-space-size=2048', SERVER_HEAP_MB: '512' }),
    ).toBe('--max-old-space-size=2048')
    expect(() => serverNodeOptions({ SERVER_HEAP_MB: 'lots' })).toThrow(
      /SERVER_HEAP_MB must be a whole number/,
    )
    expect(() => serverNodeOptions({ SERVER_HEAP_MB: '64' })).toThrow(/at least 128/)
  })
})

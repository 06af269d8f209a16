import { buildCustomRoute } from 'next/dist/lib/build-custom-route'
import { describe, expect, it } from 'vitest'

import nextConfig from '@/next.config'

type Header = { key: string; value: string }

/** The headers Next sends on `path`, from next.config.ts's rules, matched as Next's build matches them. */
async function headersOn(path: string): Promise<Map<string, string[]>> {
  const rules = (await nextConfig.headers?.()) ?? []
  const sent = new Map<string, string[]>()
  for (const rule of rules) {
    const { regex } = buildCustomRoute('header', rule)
    if (!new RegExp(regex).test(path)) continue
    for (const { key, value } of rule.headers as Header[])
      sent.set(key.toLowerCase(), [...(sent.get(key.toLowerCase()) ?? []), value])
  }
  return sent
}

describe('framing headers', () => {
  it('let any site frame the embeds, and send them no X-Frame-Options', async () => {
    for (const path of ['/embed/en/count', '/embed/ar/map', '/embed/fr/states/sn']) {
      const headers = await headersOn(path)
      expect(headers.get('content-security-policy'), path).toHaveLength(1)
      expect(headers.get('content-security-policy')?.[0], path).toContain('frame-ancestors *')
      expect(headers.has('x-frame-options'), path).toBe(false)
      expect(headers.get('x-content-type-options'), path).toEqual(['nosniff'])
    }
  })

  it('let only this site frame every other page', async () => {
    for (const path of ['/', '/en/reactions', '/ar/states/ua', '/en/embed', '/embed', '/oembed']) {
      const headers = await headersOn(path)
      expect(headers.get('x-frame-options'), path).toEqual(['SAMEORIGIN'])
      expect(headers.get('content-security-policy'), path).toHaveLength(1)
      expect(headers.get('content-security-policy')?.[0], path).toContain("frame-ancestors 'self'")
    }
  })

  it('leave the admin’s and the preview’s policy to the proxy, and still refuse their framing', async () => {
    for (const path of ['/admin', '/admin/collections/statements', '/en/preview/statements/1']) {
      const headers = await headersOn(path)
      expect(headers.has('content-security-policy'), path).toBe(false)
      expect(headers.get('x-frame-options'), path).toEqual(['SAMEORIGIN'])
    }
  })
})

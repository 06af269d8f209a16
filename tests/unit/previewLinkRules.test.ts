import { describe, expect, it } from 'vitest'

import {
  expiryProblem,
  previewLanguages,
  previewLinkAddress,
  previewStanding,
} from '@/lib/previewLinks/rules'
import { newPreviewToken, previewTokenHash, previewTokenShape } from '@/lib/previewLinks/token'

const now = new Date('2026-12-07T12:00:00Z')
const later = '2026-12-08T12:00:00.000Z'
const earlier = '2026-12-06T12:00:00.000Z'

describe('press preview links', () => {
  it('open in their language until they expire or are revoked', () => {
    expect(previewStanding({ locale: 'fr', expiresAt: later }, 'fr', now)).toBe('open')
    expect(previewStanding({ locale: 'all', expiresAt: later }, 'ar', now)).toBe('open')
    expect(previewStanding({ locale: 'fr', expiresAt: later }, 'es', now)).toBe('otherLanguage')
    expect(previewStanding({ locale: 'fr', expiresAt: earlier }, 'fr', now)).toBe('expired')
    expect(previewStanding({ locale: 'fr', expiresAt: now.toISOString() }, 'fr', now)).toBe(
      'expired',
    )
    expect(previewStanding({ locale: 'fr', expiresAt: later, revokedAt: earlier }, 'fr', now)).toBe(
      'revoked',
    )
  })

  it('open only the languages the release has', () => {
    expect(previewLanguages({ locale: 'all' }, ['en', 'fr'])).toEqual(['en', 'fr'])
    expect(previewLanguages({ locale: 'es' }, ['en', 'fr'])).toEqual([])
    expect(previewLanguages({ locale: 'fr' }, ['en', 'fr'])).toEqual(['fr'])
  })

  it('must expire after now when the expiry is set or changed, not when it is left as it was', () => {
    expect(expiryProblem(later, undefined, now)).toBeNull()
    expect(expiryProblem(earlier, undefined, now)).toMatch(/after now/)
    expect(expiryProblem(earlier, later, now)).toMatch(/after now/)
    expect(expiryProblem(earlier, earlier, now)).toBeNull()
    expect(expiryProblem(null, undefined, now)).toMatch(/Give the time/)
    expect(expiryProblem('not a date', undefined, now)).toMatch(/Give the time/)
  })

  it('carry 32 random bytes, found by their hash, at an address in their language', () => {
    const token = newPreviewToken()
    expect(token).toMatch(previewTokenShape)
    expect(Buffer.from(token, 'base64url')).toHaveLength(32)
    expect(newPreviewToken()).not.toBe(token)
    expect(previewTokenHash(token)).toMatch(/^[0-9a-f]{64}$/)
    expect(previewTokenHash(token)).not.toContain(token)
    expect(previewLinkAddress('https://amicus.test', token, 'ar')).toBe(
      `https://amicus.test/ar/press/${token}`,
    )
    expect(previewLinkAddress('https://amicus.test', token, 'all')).toBe(
      `https://amicus.test/en/press/${token}`,
    )
  })
})

import { createHash, randomBytes } from 'node:crypto'

/** A preview link's secret: 32 random bytes, URL-safe. */
export const newPreviewToken = () => randomBytes(32).toString('base64url')

/**
 * What a link is looked up by: the token's SHA-256. An index lookup on the hash leaks nothing of
 * the token through timing, where comparing tokens character by character would.
 */
export const previewTokenHash = (token: string) => createHash('sha256').update(token).digest('hex')

/** Tokens as `newPreviewToken` makes them; anything else is not looked up at all. */
export const previewTokenShape = /^[A-Za-z0-9_-]{43}$/

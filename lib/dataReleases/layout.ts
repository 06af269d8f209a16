import { type Locale, localeCodes } from '@/i18n/locales'
import { env } from '@/lib/env'

/**
 * Where a data release's files live: /data/releases/<YYYY-MM-DD>/<locale>/<file>, the same
 * names as the current files under /<locale>/. The addresses never change, nor what they serve.
 */
export const releaseFileNames = [
  'datapackage.json',
  'reactions.csv',
  'reactions.json',
  'signatories.csv',
  'signatories.json',
] as const
export type ReleaseFileName = (typeof releaseFileNames)[number]

export const releaseDatePattern = /^\d{4}-\d{2}-\d{2}$/

export function isReleaseFileName(value: string): value is ReleaseFileName {
  return (releaseFileNames as readonly string[]).includes(value)
}

export const releasePath = (date: string, locale: Locale, file: ReleaseFileName) =>
  `/data/releases/${date}/${locale}/${file}`

export const releaseUrl = (date: string, locale: Locale, file: ReleaseFileName) =>
  new URL(releasePath(date, locale, file), env.NEXT_PUBLIC_SERVER_URL).toString()

/** A release's files: per language, per file, the exact text served. */
export type ReleaseFiles = Record<Locale, Record<ReleaseFileName, string>>

/** A release's data hash per language (lib/openData/current.ts `dataHash`). */
export type ReleaseHashes = Record<Locale, string>

export function isReleaseFiles(value: unknown): value is ReleaseFiles {
  if (typeof value !== 'object' || value === null) return false
  const files = value as Record<string, unknown>
  return localeCodes.every((locale) => {
    const own = files[locale]
    return (
      typeof own === 'object' &&
      own !== null &&
      releaseFileNames.every((name) => typeof (own as Record<string, unknown>)[name] === 'string')
    )
  })
}

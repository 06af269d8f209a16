import { unstable_cache } from 'next/cache'

import type { Locale } from '@/i18n/locales'
import { cacheTags } from '@/lib/cacheTags'
import { isReleaseFiles, type ReleaseFileName, type ReleaseHashes } from '@/lib/dataReleases/layout'

import { payloadClient } from './payload'

export type DataReleaseSummary = {
  date: string
  schemaVersion: string
  contentHash: string
  hashes: ReleaseHashes
}

/**
 * The data releases, newest first, without their files. Public data, read past the collection's
 * editors-only access (which keeps who made each release, and the admin's API, to the newsroom):
 * only these fields leave the database.
 */
export const dataReleaseList = unstable_cache(
  async (): Promise<DataReleaseSummary[]> => {
    const payload = await payloadClient()
    const { docs } = await payload.find({
      collection: 'data-releases',
      depth: 0,
      pagination: false,
      overrideAccess: true,
      sort: '-date',
      select: { date: true, schemaVersion: true, contentHash: true, hashes: true },
    })
    return docs.map((doc) => ({
      date: doc.date,
      schemaVersion: doc.schemaVersion,
      contentHash: doc.contentHash,
      hashes: doc.hashes as ReleaseHashes,
    }))
  },
  ['data-releases:list'],
  { tags: [cacheTags.dataReleases] },
)

/** One file of one release, exactly as it was made; null when there is no such release. */
export const dataReleaseFile = unstable_cache(
  async (date: string, locale: Locale, name: ReleaseFileName): Promise<string | null> => {
    const payload = await payloadClient()
    const { docs } = await payload.find({
      collection: 'data-releases',
      where: { date: { equals: date } },
      depth: 0,
      limit: 1,
      pagination: false,
      overrideAccess: true,
      select: { files: true },
    })
    const files = docs[0]?.files
    if (!files) return null
    if (!isReleaseFiles(files)) throw new Error(`The data release ${date} has unreadable files.`)
    return files[locale][name]
  },
  ['data-releases:file'],
  // Tagged all the same: a restore of the database may bring back other releases.
  { tags: [cacheTags.dataReleases] },
)

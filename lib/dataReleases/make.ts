import { createHash } from 'node:crypto'
import type { Payload } from 'payload'

import { localeCodes } from '@/i18n/locales'
import { withAdvisoryLock } from '@/lib/db/advisoryLock'
import { schemaVersion } from '@/lib/openData/changelog'
import { currentFiles, dataHash } from '@/lib/openData/current'
import { dataPackage } from '@/lib/openData/dataPackage'
import { dayOf } from '@/lib/reactions/partyStatus'

import { type ReleaseFiles, type ReleaseHashes, releaseUrl } from './layout'

export type MadeBy = { madeBy: 'schedule' } | { madeBy: 'editor'; user: number }

export type MakeOutcome =
  { made: true; date: string; contentHash: string; url: string } | { made: false; date: string }

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`

/** Every language's files as they are at `now`, each pointing at the release of `date`. */
async function releaseFiles(date: string, now: Date) {
  const files = {} as ReleaseFiles
  const hashes = {} as ReleaseHashes
  for (const locale of localeCodes) {
    const current = await currentFiles(locale, now)
    const release = { date, url: releaseUrl(date, locale, 'datapackage.json'), schemaVersion }
    files[locale] = {
      'datapackage.json': json(dataPackage(locale, now, release)),
      'reactions.csv': current['reactions.csv'],
      'reactions.json': json({ ...current['reactions.json'], release }),
      'signatories.csv': current['signatories.csv'],
      'signatories.json': json({ ...current['signatories.json'], release }),
    }
    hashes[locale] = dataHash(current)
  }
  // The release's one hash: of every language's, in the locales' order.
  const contentHash = createHash('sha256')
    .update(localeCodes.map((locale) => `${locale}:${hashes[locale]}`).join('\n'))
    .digest('hex')
  return { files, hashes, contentHash }
}

/**
 * Today's data release (UTC day), unless the day has one: its files are written in one insert,
 * or not at all. One maker at a time across instances (an advisory lock), so that two requests
 * on the same day cannot both find it free; the unique date is the database's own guard.
 */
export async function makeDataRelease(
  payload: Payload,
  by: MadeBy,
  now: Date = new Date(),
): Promise<MakeOutcome> {
  const date = dayOf(now)
  const outcome = await withAdvisoryLock(payload, 'dataReleases', 'wait', async () => {
    const { totalDocs } = await payload.count({
      collection: 'data-releases',
      where: { date: { equals: date } },
      overrideAccess: true,
    })
    if (totalDocs > 0) return { made: false, date } as const
    const { files, hashes, contentHash } = await releaseFiles(date, now)
    await payload.create({
      collection: 'data-releases',
      data: {
        date,
        schemaVersion,
        contentHash,
        madeBy: by.madeBy,
        editor: by.madeBy === 'editor' ? by.user : null,
        hashes,
        files,
      },
      depth: 0,
      select: { date: true },
      overrideAccess: true,
    })
    return {
      made: true,
      date,
      contentHash,
      url: releaseUrl(date, 'en', 'datapackage.json'),
    } as const
  })
  if (!outcome.ran) throw new Error('The data release lock was not taken.')
  return outcome.result
}

/** The first day of `now`'s month and the last possible one, as release dates compare (text). */
const monthOf = (now: Date) => {
  const month = dayOf(now).slice(0, 7)
  return { first: `${month}-01`, last: `${month}-31` }
}

/**
 * The monthly release, called by each round of the job runner (lib/jobs/runDueJobs.ts): the first
 * round of a month that finds no release in it makes one, dated that day. Later rounds, on any
 * instance, find it and do nothing.
 */
export async function makeMonthlyRelease(
  payload: Payload,
  now: Date = new Date(),
): Promise<MakeOutcome | null> {
  const { first, last } = monthOf(now)
  const { totalDocs } = await payload.count({
    collection: 'data-releases',
    where: {
      and: [{ date: { greater_than_equal: first } }, { date: { less_than_equal: last } }],
    },
    overrideAccess: true,
  })
  if (totalDocs > 0) return null
  return makeDataRelease(payload, { madeBy: 'schedule' }, now)
}

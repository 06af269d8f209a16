import type { Locale } from '@/i18n/locales'
import { dataReleaseList } from '@/lib/data/dataReleases'
import { currentDataHash } from '@/lib/openData/current'

import { type ReleaseFileName, releaseUrl } from './layout'

/** What a current file says of the latest data release. */
export type CurrentRelease = {
  latest: string | null
  /** Whether the current unfiltered data of this language is identical to the release's. */
  matchesCurrent: boolean
  /** The latest release's counterpart of the file. */
  url: string | null
}

export async function currentRelease(
  locale: Locale,
  file: ReleaseFileName,
): Promise<CurrentRelease> {
  const [latest] = await dataReleaseList()
  if (!latest) return { latest: null, matchesCurrent: false, url: null }
  return {
    latest: latest.date,
    matchesCurrent: latest.hashes[locale] === (await currentDataHash(locale)),
    url: releaseUrl(latest.date, locale, file),
  }
}

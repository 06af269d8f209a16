import { createHash } from 'node:crypto'

import type { Locale } from '@/i18n/locales'
import { trackerData } from '@/lib/data/reactions'
import { signatoriesData, signedStatements } from '@/lib/data/signatories'
import { env } from '@/lib/env'
import { localized, paths } from '@/lib/paths'
import { defaultFilters, type TrackerFilters } from '@/lib/reactions/filters'
import { toCsv, toJson } from '@/lib/reactions/openData'
import { dayOf } from '@/lib/reactions/partyStatus'
import { buildTracker } from '@/lib/reactions/tracker'
import {
  type SignatoryFilters,
  type SignatoryRow,
  signatoriesCsv,
  signatoriesJson,
  signatoryRows,
} from '@/lib/signatories/openData'

import { openDataTexts } from './texts'

const absolute = (path: string) => new URL(path, env.NEXT_PUBLIC_SERVER_URL).toString()

/** The tracker's reactions with `filters`, in `locale`. */
export async function reactionsView(locale: Locale, filters: TrackerFilters) {
  return buildTracker(await trackerData(locale), filters)
}

/** Every public signature (or one statement's, one country's), in `locale`. */
export async function signatoryRowsIn(
  locale: Locale,
  filters: SignatoryFilters,
): Promise<SignatoryRow[]> {
  const [data, cards] = await Promise.all([signatoriesData(), signedStatements(locale)])
  const statements = Object.fromEntries(
    Object.entries(cards).map(([id, card]) => [
      id,
      { title: card.title, url: absolute(localized(locale, paths.statement(card.slug))) },
    ]),
  )
  return signatoryRows(data, statements, locale, filters, (slug) =>
    absolute(localized(locale, paths.signatory(slug))),
  )
}

/** The unfiltered files of one language, as `/[locale]/…` serves them today. */
export type OpenDataFiles = {
  'reactions.csv': string
  'reactions.json': ReturnType<typeof toJson>
  'signatories.csv': string
  'signatories.json': ReturnType<typeof signatoriesJson>
}

export async function currentFiles(locale: Locale, now = new Date()): Promise<OpenDataFiles> {
  const filters = defaultFilters(dayOf(now))
  const [tracker, rows] = await Promise.all([
    reactionsView(locale, filters),
    signatoryRowsIn(locale, {}),
  ])
  const texts = openDataTexts(locale)
  return {
    'reactions.csv': toCsv(tracker),
    'reactions.json': toJson(tracker, filters, texts.reactionsLicence),
    'signatories.csv': signatoriesCsv(rows),
    'signatories.json': signatoriesJson(rows, {}, texts.signatoriesLicence),
  }
}

/**
 * What "the same data" means: the SHA-256 of one language's two CSV files, which hold every row
 * and column (the JSON files add only when they were generated).
 */
export function dataHash(files: Pick<OpenDataFiles, 'reactions.csv' | 'signatories.csv'>) {
  const hash = createHash('sha256')
  for (const name of ['reactions.csv', 'signatories.csv'] as const)
    hash.update(`${name}\n${files[name].length}\n${files[name]}`)
  return hash.digest('hex')
}

/** The hash of the current unfiltered data of `locale`, to compare with the latest release's. */
export async function currentDataHash(locale: Locale): Promise<string> {
  const filters = defaultFilters(dayOf(new Date()))
  const [tracker, rows] = await Promise.all([
    reactionsView(locale, filters),
    signatoryRowsIn(locale, {}),
  ])
  return dataHash({ 'reactions.csv': toCsv(tracker), 'signatories.csv': signatoriesCsv(rows) })
}

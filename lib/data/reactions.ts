import { unstable_cache } from 'next/cache'

import { localeCodes, sourceLocale, type Locale } from '@/i18n/locales'
import { cacheTags } from '@/lib/cacheTags'
import { dayOf } from '@/lib/reactions/partyStatus'
import { isRegionalGroup } from '@/lib/reactions/regionalGroups'
import { isStance } from '@/lib/reactions/stances'
import type {
  TrackerActor,
  TrackerCorrection,
  TrackerData,
  TrackerReaction,
  TrackerState,
} from '@/lib/reactions/types'

import { payloadClient } from './payload'

/**
 * The reactions tracker's data: every State with the dates that define its party status, and
 * every verified reaction, read once for every language (anonymous access: unverified reactions
 * and editor notes never leave the database) and kept until an editor changes one of them.
 * Filtering, counting and sorting for a request are the tracker's view logic (lib/reactions/),
 * which takes this data as an argument: lib/reactions never imports from here.
 */

// Read with `locale: 'all'`, so that a text English stands in for is known as English (Payload's
// own fallback would not say) and one read serves every language. Payload's generated types
// describe one locale.
type LocalizedText = Partial<Record<Locale, string | null>>
const localized = (value: unknown) => (value ?? {}) as LocalizedText

/** The reader's text, else the English one, as Payload's fallback would choose, with its language. */
function textIn(locale: Locale, texts: LocalizedText): { text: string | null; textLocale: Locale } {
  const own = texts[locale]
  if (own) return { text: own, textLocale: locale }
  return { text: texts[sourceLocale] || null, textLocale: sourceLocale }
}

type StoredCorrection = { correctedAt: string; reason?: unknown }

/**
 * The corrections of a reaction, newest first, each reason in the reader's language, else English,
 * else the language it was written in: a correction is never shown without its reason.
 */
function correctionsIn(locale: Locale, stored: StoredCorrection[]): TrackerCorrection[] {
  const order: Locale[] = [locale, sourceLocale, ...localeCodes]
  return stored
    .flatMap((entry): TrackerCorrection[] => {
      const reasons = localized(entry.reason)
      const reasonLocale = order.find((code) => reasons[code])
      const reason = reasonLocale ? reasons[reasonLocale] : null
      return reasonLocale && reason
        ? [{ correctedAt: entry.correctedAt, reason, reasonLocale }]
        : []
    })
    .sort((a, b) => b.correctedAt.localeCompare(a.correctedAt))
}

const day = (value: string | null | undefined) => (value ? dayOf(value) : null)

/** What the tracker needs from the database, in every language at once. */
async function readStored() {
  const payload = await payloadClient()
  const [states, organizations, reactions] = await Promise.all([
    payload.find({
      collection: 'states',
      locale: 'all',
      depth: 0,
      pagination: false,
      overrideAccess: false,
    }),
    payload.find({
      collection: 'organizations',
      locale: 'all',
      depth: 0,
      pagination: false,
      overrideAccess: false,
    }),
    payload.find({
      collection: 'reactions',
      locale: 'all',
      depth: 0,
      pagination: false,
      overrideAccess: false,
      sort: '-date',
      // Readers never see these: leaving them out spares the work and the memory.
      select: {
        editorNotes: false,
        fingerprint: false,
        correctionReason: false,
        sourceCheckStatus: false,
        sourceCheckProblem: false,
        sourceCheckHttpStatus: false,
        sourceFinalUrl: false,
        sourceCheckedAt: false,
      },
    }),
  ])
  return { states: states.docs, organizations: organizations.docs, reactions: reactions.docs }
}

type Stored = Awaited<ReturnType<typeof readStored>>

function dataIn(locale: Locale, stored: Stored): TrackerData {
  const nameIn = (value: unknown) => textIn(locale, localized(value)).text ?? ''
  // In the reader's alphabetical order, which the database's collation does not know.
  const collator = new Intl.Collator(locale)
  const states: TrackerState[] = stored.states.map((doc) => ({
    id: doc.id,
    iso2: doc.iso2,
    iso3: doc.iso3 ?? '',
    name: nameIn(doc.name),
    regionalGroup: isRegionalGroup(doc.regionalGroup) ? doc.regionalGroup : null,
    depositDate: day(doc.depositDate),
    entryIntoForce: day(doc.entryIntoForce),
    withdrawalEffective: day(doc.withdrawalEffective),
  }))
  states.sort((a, b) => collator.compare(a.name, b.name))
  const stateById = new Map(states.map((state) => [state.id, state]))
  const organizationById = new Map(
    stored.organizations.map((doc) => [doc.id, { code: doc.code, name: nameIn(doc.name) }]),
  )
  return {
    states,
    reactions: stored.reactions.flatMap((doc) => {
      if (!isStance(doc.stance)) return []
      const actors = doc.actors.flatMap((actor): TrackerActor[] => {
        const id = typeof actor.value === 'object' ? actor.value.id : actor.value
        if (actor.relationTo === 'states') {
          const state = stateById.get(id)
          return state ? [{ type: 'state', iso2: state.iso2, name: state.name }] : []
        }
        const organization = organizationById.get(id)
        return organization ? [{ type: 'organization', ...organization }] : []
      })
      const { text: summary, textLocale: summaryLocale } = textIn(locale, localized(doc.summary))
      return [
        {
          id: doc.id,
          date: dayOf(doc.date),
          stance: doc.stance,
          actors,
          summary,
          summaryLocale,
          quote: doc.quote ?? null,
          quoteLanguage: doc.quoteLanguage ?? null,
          sourceUrl: doc.sourceUrl,
          sourceTitle: doc.sourceTitle,
          sourcePublisher: doc.sourcePublisher ?? null,
          archivedUrl: doc.archivedUrl || null,
          sample: Boolean(doc.sample),
          relatedStatements: (doc.relatedStatements ?? []).map((item) =>
            typeof item === 'object' ? item.id : item,
          ),
          corrections: correctionsIn(locale, doc.corrections ?? []),
        },
      ]
    }),
  }
}

/**
 * Stands for the tracker's data as it is now: a new value each time an editor changes a reaction,
 * State or organization (the tag), and small enough to read on every request.
 */
// The global `crypto`, not an import: the function's text is part of the cache key, and an
// imported name would be minified differently in each bundle, giving each its own version.
const dataVersion = unstable_cache(async () => crypto.randomUUID(), ['reactions:version'], {
  tags: [cacheTags.reactions],
})

async function readEveryLanguage(): Promise<Map<Locale, TrackerData>> {
  const stored = await readStored()
  return new Map(localeCodes.map((locale) => [locale, dataIn(locale, stored)]))
}

/** The data as this process last read it, and the version it was read for. */
let lastRead: { version: string; data: Promise<Map<Locale, TrackerData>> } | null = null

/**
 * The tracker's data for `locale`, read from the database once per version and process, for
 * every language at once, and kept in memory: thousands of reactions are too many to parse from
 * Next's cache on every request (the filtered views and the State pages are rendered per
 * request), and a read per language cost four times the time and memory at scale.
 * Callers share one object and must not change it.
 */
export async function trackerData(locale: Locale): Promise<TrackerData> {
  const version = await dataVersion()
  if (lastRead?.version !== version) {
    const read = { version, data: readEveryLanguage() }
    lastRead = read
    // A failed read is tried again by the next request rather than remembered.
    read.data.catch(() => {
      if (lastRead === read) lastRead = null
    })
  }
  const data = (await lastRead.data).get(locale)
  if (!data) throw new Error(`The tracker has no data in “${locale}”`)
  return data
}

/** One State's page: its dates and every verified reaction it is part of, newest first. */
export async function stateRecord(
  locale: Locale,
  iso2: string,
): Promise<{ state: TrackerState; reactions: TrackerReaction[] } | null> {
  const data = await trackerData(locale)
  const state = data.states.find((item) => item.iso2 === iso2)
  if (!state) return null
  return {
    state,
    reactions: data.reactions.filter((reaction) =>
      reaction.actors.some((actor) => actor.type === 'state' && actor.iso2 === iso2),
    ),
  }
}

/** The verified reactions linked to a statement, newest first. */
export async function reactionsToStatement(
  locale: Locale,
  statementId: number,
): Promise<TrackerReaction[]> {
  const data = await trackerData(locale)
  return data.reactions.filter((reaction) => reaction.relatedStatements.includes(statementId))
}

/** The ISO codes of every State with a page (for sitemaps). */
export const listStateCodes = unstable_cache(
  async (): Promise<string[]> => {
    const payload = await payloadClient()
    const { docs } = await payload.find({
      collection: 'states',
      depth: 0,
      pagination: false,
      overrideAccess: false,
      sort: 'iso2',
      select: { iso2: true },
    })
    return docs.map((doc) => doc.iso2)
  },
  ['reactions:state-codes'],
  { tags: [cacheTags.reactions] },
)

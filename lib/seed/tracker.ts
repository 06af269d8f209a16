import type { Payload } from 'payload'

import { type Env, env } from '@/lib/env'
import { stateRecords } from '@/lib/reactions/stateData'

import { demoOrganizations, referenceReactions, sampleReactions } from './demoReactions'
import { demoStatements } from './demoStatements'

const context = { disableRevalidate: true }

/**
 * Whether seeding adds the sample reactions: in development and tests, and in production only
 * when SEED_SAMPLE_REACTIONS=yes asks for it (a public demo), since `npm run seed` also runs there.
 */
export function sampleReactionsWanted(
  settings: Pick<Env, 'NODE_ENV' | 'SEED_SAMPLE_REACTIONS'> = env,
): boolean {
  return settings.SEED_SAMPLE_REACTIONS ?? settings.NODE_ENV !== 'production'
}

type Seeded = { states: number; regionalGroups: number; organizations: number; reactions: number }

/**
 * States, organizations and the reference reactions, each added when missing, and the sample
 * reactions when `samples`; returns what was added, and how many States got a regional group.
 */
export async function seedTrackerData(
  payload: Payload,
  { samples = sampleReactionsWanted() }: { samples?: boolean } = {},
): Promise<Seeded> {
  const added: Seeded = { states: 0, regionalGroups: 0, organizations: 0, reactions: 0 }
  const { docs: existingStates } = await payload.find({
    collection: 'states',
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { iso2: true, regionalGroup: true },
  })
  const existing = new Map(existingStates.map((doc) => [doc.iso2, doc]))
  const stateIds = new Map(existingStates.map((doc) => [doc.iso2, doc.id]))

  for (const record of stateRecords()) {
    const known = existing.get(record.iso2)
    // Databases seeded when only parties had a group get the others' now; a group an editor chose stays.
    if (known && !known.regionalGroup && record.regionalGroup) {
      await payload.update({
        collection: 'states',
        id: known.id,
        data: { regionalGroup: record.regionalGroup },
        overrideAccess: true,
        context,
      })
      added.regionalGroups += 1
    }
    if (known) continue
    const { names, ...fields } = record
    const doc = await payload.create({
      collection: 'states',
      locale: 'en',
      data: { ...fields, name: names.en },
      overrideAccess: true,
      context,
    })
    for (const locale of ['fr', 'es', 'ar'] as const) {
      await payload.update({
        collection: 'states',
        id: doc.id,
        locale,
        data: { name: names[locale] },
        overrideAccess: true,
        context,
      })
    }
    stateIds.set(record.iso2, doc.id)
    added.states += 1
  }

  const organizationIds = new Map<string, number>()
  for (const organization of demoOrganizations) {
    const { docs } = await payload.find({
      collection: 'organizations',
      where: { code: { equals: organization.code } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    let id = docs[0]?.id
    if (!id) {
      const { names, ...fields } = organization
      id = (
        await payload.create({
          collection: 'organizations',
          locale: 'en',
          data: { ...fields, name: names.en },
          overrideAccess: true,
          context,
        })
      ).id
      for (const locale of ['fr', 'es', 'ar'] as const) {
        await payload.update({
          collection: 'organizations',
          id,
          locale,
          data: { name: names[locale] },
          overrideAccess: true,
          context,
        })
      }
      added.organizations += 1
    }
    organizationIds.set(organization.code, id)
  }

  const reference = await payload.find({
    collection: 'statements',
    locale: 'en',
    where: { slug: { equals: demoStatements[0].versions.en.slug } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  for (const reaction of samples
    ? [...referenceReactions, ...sampleReactions()]
    : referenceReactions) {
    const { docs } = await payload.find({
      collection: 'reactions',
      where: { sourceUrl: { equals: reaction.sourceUrl }, date: { equals: reaction.date } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    if (docs[0]) continue
    const actors = reaction.actors.map((code) =>
      stateIds.has(code)
        ? { relationTo: 'states' as const, value: stateIds.get(code)! }
        : { relationTo: 'organizations' as const, value: organizationIds.get(code)! },
    )
    const { summary, actors: _codes, ...fields } = reaction
    const doc = await payload.create({
      collection: 'reactions',
      locale: 'en',
      data: {
        ...fields,
        actors,
        summary: summary.en,
        quoteLanguage: reaction.quote ? 'en' : null,
        verified: true,
        relatedStatements: reaction.sample ? [] : reference.docs.map((statement) => statement.id),
      },
      overrideAccess: true,
      context,
    })
    for (const locale of ['fr', 'es', 'ar'] as const) {
      await payload.update({
        collection: 'reactions',
        id: doc.id,
        locale,
        data: { summary: summary[locale] },
        overrideAccess: true,
        context,
      })
    }
    added.reactions += 1
  }
  return added
}

import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { type Env, env } from '@/lib/env'
import type { Stance } from '@/lib/reactions/stances'
import { stateRecords } from '@/lib/reactions/stateData'

import { demoStatements } from './demoStatements'

const context = { disableRevalidate: true }

type Names = Record<Locale, string>

const demoOrganizations: {
  code: string
  kind: 'icc-body' | 'regional'
  website: string
  names: Names
}[] = [
  {
    code: 'asp-presidency',
    kind: 'icc-body',
    website: 'https://asp.icc-cpi.int/',
    names: {
      en: 'Presidency of the Assembly of States Parties',
      fr: 'Présidence de l’Assemblée des États parties',
      es: 'Presidencia de la Asamblea de los Estados Partes',
      ar: 'رئاسة جمعية الدول الأطراف',
    },
  },
  {
    code: 'eu',
    kind: 'regional',
    website: 'https://www.eeas.europa.eu/',
    names: {
      en: 'European Union',
      fr: 'Union européenne',
      es: 'Unión Europea',
      ar: 'الاتحاد الأوروبي',
    },
  },
  {
    code: 'au',
    kind: 'regional',
    website: 'https://au.int/',
    names: {
      en: 'African Union',
      fr: 'Union africaine',
      es: 'Unión Africana',
      ar: 'الاتحاد الأفريقي',
    },
  },
]

type DemoReaction = {
  actors: string[]
  date: string
  stance: Stance
  summary: Names
  quote?: string
  sourceUrl: string
  sourceTitle: string
  sourcePublisher: string
  sample: boolean
  editorNotes?: string
}

/**
 * The two reactions the reference statement names, sourced to the institutions' sites (their
 * exact pages are for an editor to link).
 */
const referenceReactions: DemoReaction[] = [
  {
    actors: ['asp-presidency'],
    date: '2024-05-03',
    stance: 'supports',
    summary: {
      en: 'The Presidency of the Assembly reaffirmed its firm commitment to defend the Rome Statute and the Court against threats.',
      fr: 'La Présidence de l’Assemblée a réaffirmé son ferme engagement à défendre le Statut de Rome et la Cour face aux menaces.',
      es: 'La Presidencia de la Asamblea reafirmó su firme compromiso de defender el Estatuto de Roma y la Corte frente a las amenazas.',
      ar: 'جددت رئاسة الجمعية التزامها الثابت بالدفاع عن نظام روما الأساسي والمحكمة في وجه التهديدات.',
    },
    quote:
      'its firm commitment to uphold and defend the principles and values enshrined in the Rome Statute and to preserve its integrity undeterred by any threats or measures against the Court, its officials and those cooperating with it',
    sourceUrl: 'https://asp.icc-cpi.int/',
    sourceTitle: 'Statement of the Presidency of the Assembly of States Parties',
    sourcePublisher: 'Assembly of States Parties to the Rome Statute',
    sample: false,
    editorNotes:
      'Quoted in the Coalition statement of 31 May 2024. Link the statement’s own page on asp.icc-cpi.int and confirm its date.',
  },
  {
    actors: ['eu'],
    date: '2024-05-21',
    stance: 'condemns',
    summary: {
      en: 'The European Union condemned the threats against the Court and reiterated that it will uphold its obligation to cooperate with it.',
      fr: 'L’Union européenne a condamné les menaces contre la Cour et réaffirmé qu’elle respectera son obligation de coopérer avec elle.',
      es: 'La Unión Europea condenó las amenazas contra la Corte y reiteró que cumplirá su obligación de cooperar con ella.',
      ar: 'أدان الاتحاد الأوروبي التهديدات ضد المحكمة وأكد مجددًا أنه سيفي بالتزامه بالتعاون معها.',
    },
    sourceUrl: 'https://www.eeas.europa.eu/',
    sourceTitle: 'Statement of the European Union on the International Criminal Court',
    sourcePublisher: 'European External Action Service',
    sample: false,
    editorNotes:
      'Named in the Coalition statement of 31 May 2024. Link the statement’s own page on eeas.europa.eu and confirm its date.',
  },
]

/**
 * Sample reactions, so that a demo's tracker has something to show. They put invented words in
 * real States' mouths: flagged `sample`, labelled on every page and sourced to example.org.
 */
function sampleReactions(): DemoReaction[] {
  const sample = (actors: string[], date: string, stance: Stance, en: string): DemoReaction => ({
    actors,
    date,
    stance,
    summary: {
      en: `Sample: ${en}`,
      fr: `Exemple : ${en}`,
      es: `Ejemplo: ${en}`,
      ar: `مثال: ${en}`,
    },
    sourceUrl: `https://example.org/sample-reactions/${actors.join('-').toLowerCase()}-${date}`,
    sourceTitle: 'Sample source (demo data)',
    sourcePublisher: 'example.org',
    sample: true,
  })
  return [
    sample(
      ['FR', 'DE', 'ES'],
      '2024-05-22',
      'condemns',
      'a joint statement condemning threats against the Court.',
    ),
    sample(
      ['ZA'],
      '2024-06-03',
      'supports',
      'reaffirms its commitment to cooperate with the Court.',
    ),
    sample(['BR'], '2024-06-18', 'concern', 'expresses concern about pressure on the Court.'),
    sample(['JP'], '2024-09-10', 'supports', 'reaffirms its support for the Court.'),
    sample(
      ['SN', 'CR'],
      '2025-02-07',
      'condemns',
      'a joint statement condemning sanctions against Court officials.',
    ),
    sample(
      ['UA'],
      '2025-02-10',
      'supports',
      'as a new State Party, reaffirms its commitment to the Court.',
    ),
    sample(['HU'], '2025-04-03', 'opposes', 'announces measures against the Court.'),
    sample(['NZ'], '2025-06-12', 'other', 'asks for a dialogue between the Court and its critics.'),
  ]
}

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

import config from '@payload-config'
import { GRAPHQL_POST, REST_GET } from '@payloadcms/next/routes'
import { parse } from 'csv-parse/sync'
import { getPayload, type Payload } from 'payload'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { GET as reactionsCsv } from '@/app/(frontend)/[locale]/reactions.csv/route'
import { stanceColors, WorldMap } from '@/components/reactions/WorldMap'
import { trackerData } from '@/lib/data/reactions'
import { parseEnv } from '@/lib/env'
import {
  defendedView,
  filtersToQuery,
  parseFilters,
  type QueryParams,
} from '@/lib/reactions/filters'
import { openDataColumns, openDataRow, toCsv } from '@/lib/reactions/openData'
import { dayOf } from '@/lib/reactions/partyStatus'
import type { Stance } from '@/lib/reactions/stances'
import { buildTracker } from '@/lib/reactions/tracker'
import { sampleReactionsWanted, seedTrackerData } from '@/lib/seed/tracker'

vi.mock('next/cache', () => import('../helpers/fakeNextCache'))

let payload: Payload
const created: number[] = []
const context = { disableRevalidate: true }
const today = '2026-11-27'

/** The filters of a query the test means to be valid. */
function filtersOf(query: QueryParams, day = today) {
  const parsed = parseFilters(query, day)
  if (!parsed.ok) throw new Error(`Invalid filters: ${JSON.stringify(parsed.problems)}`)
  return parsed.filters
}

const restGet = REST_GET(config)
const graphqlPost = GRAPHQL_POST(config)

async function anonymousRest(path: string) {
  const url = new URL(`http://amicus.test/api/${path}`)
  const response = await restGet(new Request(url), {
    params: Promise.resolve({ slug: url.pathname.replace('/api/', '').split('/') }),
  })
  return JSON.stringify(await response.json())
}

async function anonymousGraphql(query: string) {
  const response = await graphqlPost(
    new Request('http://amicus.test/api/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    }),
  )
  return JSON.stringify(await response.json())
}

const stateId = async (iso2: string) =>
  (
    await payload.find({
      collection: 'states',
      where: { iso2: { equals: iso2 } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
  ).docs[0].id

/** A verified, real (not sample) reaction of one State; the test that makes it deletes it. */
async function realReaction(iso2: string, date: string, stance: Stance) {
  const doc = await payload.create({
    collection: 'reactions',
    data: {
      actors: [{ relationTo: 'states', value: await stateId(iso2) }],
      date,
      stance,
      summary: `${iso2} on ${date}`,
      sourceUrl: `https://example.org/${iso2.toLowerCase()}-${date}`,
      sourceTitle: 'Test source',
      verified: true,
    },
    context,
  })
  return doc.id
}

const removeReactions = async (ids: number[]) => {
  const { errors } = await payload.delete({
    collection: 'reactions',
    where: { id: { in: ids } },
    overrideAccess: true,
    context,
  })
  expect(errors).toEqual([])
}

/** The open-data CSV for a query string, as /en/reactions.csv answers it. */
async function exported(query: string) {
  const response = await reactionsCsv(new Request(`http://amicus.test/en/reactions.csv${query}`), {
    params: Promise.resolve({ locale: 'en' }),
  })
  expect(response.status).toBe(200)
  // Response.text() decodes UTF-8 as a browser does, dropping the byte-order mark.
  return parse(await response.text(), { columns: true }) as Record<string, string>[]
}

/** The tracker page for a query string, on the day the route handler takes as today. */
const page = async (query: string) =>
  buildTracker(
    await trackerData('en'),
    filtersOf(Object.fromEntries(new URLSearchParams(query)), dayOf(new Date())),
  )

beforeAll(async () => {
  payload = await getPayload({ config })
  await seedTrackerData(payload)
  // An unverified reaction, with a note, that must stay inside the newsroom.
  const unverified = await payload.create({
    collection: 'reactions',
    data: {
      actors: [{ relationTo: 'states', value: await stateId('IT') }],
      date: '2024-07-01',
      stance: 'condemns',
      summary: 'Unverified claim about Italy',
      sourceUrl: 'https://example.org/unverified-italy',
      sourceTitle: 'Unverified source',
      verified: false,
      editorNotes: 'Secret editorial note',
    },
    context,
  })
  created.push(unverified.id)
})

afterAll(async () => {
  const { errors } = await payload.delete({
    collection: 'reactions',
    where: { id: { in: created } },
    overrideAccess: true,
    context,
  })
  expect(errors).toEqual([])
  await payload.destroy()
})

describe('the tracker', () => {
  it('seeds every State once, with its name in every language', async () => {
    expect(await seedTrackerData(payload)).toEqual({
      states: 0,
      regionalGroups: 0,
      organizations: 0,
      reactions: 0,
    })
    const france = await payload.find({
      collection: 'states',
      locale: 'ar',
      where: { iso2: { equals: 'FR' } },
      overrideAccess: false,
    })
    expect(france.docs[0].name).toBe('فرنسا')
    expect((await payload.count({ collection: 'states', overrideAccess: false })).totalDocs).toBe(
      196,
    )
  })

  it('counts States Parties for the period shown, silent ones included', async () => {
    const data = await trackerData('en')
    const may2024 = buildTracker(data, filtersOf({ to: '2024-05-31' }))
    expect(may2024.parties).toBe(124)
    // By 31 May 2024 the EU and the ASP Presidency had reacted, and the sample joint statement of 22 May.
    expect(may2024.defended).toBe(3)
    expect(may2024.silent).toBe(121)

    const now = buildTracker(data, filtersOf({}))
    expect(now.parties).toBe(125)
    expect(
      now.defended +
        now.states.filter(
          (state) =>
            state.party &&
            state.count > 0 &&
            !['condemns', 'supports'].includes(state.stance ?? ''),
        ).length,
    ).toBe(now.reacted)
    expect(now.byGroup.reduce((sum, group) => sum + group.parties, 0)).toBe(125)
  })

  it('counts 124 States Parties in the database on 31 December 2024 and 125 on 1 January 2025, with Ukraine', async () => {
    // A party on a day: in force by the end of it, and no withdrawal in effect by then.
    const partiesOn = (day: string) => {
      const endOfDay = `${day}T23:59:59.999Z`
      return payload.find({
        collection: 'states',
        where: {
          entryIntoForce: { less_than_equal: endOfDay },
          or: [
            { withdrawalEffective: { exists: false } },
            { withdrawalEffective: { greater_than: endOfDay } },
          ],
        },
        pagination: false,
        depth: 0,
        overrideAccess: false,
        select: { iso2: true },
      })
    }
    const before = await partiesOn('2024-12-31')
    const after = await partiesOn('2025-01-01')
    expect(before.docs).toHaveLength(124)
    expect(after.docs).toHaveLength(125)
    expect(
      after.docs
        .map((doc) => doc.iso2)
        .filter((iso2) => !before.docs.some((doc) => doc.iso2 === iso2)),
    ).toEqual(['UA'])

    const data = await trackerData('en')
    expect(buildTracker(data, filtersOf({ to: '2024-12-31' })).parties).toBe(124)
    expect(buildTracker(data, filtersOf({ to: '2025-01-01' })).parties).toBe(125)
  })

  it('filters and sorts the table from GET parameters, and names every one it cannot apply', async () => {
    const data = await trackerData('en')
    const condemning = buildTracker(
      data,
      filtersOf({ stance: 'condemns', party: 'yes', sort: 'name', dir: 'desc' }),
    )
    expect(condemning.rows.map((row) => row.iso2)).toEqual(['ES', 'SN', 'DE', 'FR', 'CR'])
    const nonsense = parseFilters(
      { stance: "x' OR 1=1", from: '2024-02-30', sort: 'drop table', group: '../../etc' },
      today,
    )
    expect(nonsense.ok ? [] : nonsense.problems.map((problem) => problem.parameter).sort()).toEqual(
      ['from', 'group', 'sort', 'stance'],
    )
    const african = buildTracker(data, filtersOf({ group: 'african', party: 'yes' }))
    expect(african.rows.every((row) => row.regionalGroup === 'african' && row.party)).toBe(true)
    expect(african.rows).toHaveLength(
      african.byGroup.find((group) => group.group === 'african')?.parties ?? -1,
    )
  })

  it('draws every State once, as a shape or a dot, with the colour of its stance', async () => {
    const tracker = buildTracker(await trackerData('en'), filtersOf({}))
    const markup = renderToStaticMarkup(
      WorldMap({
        countries: tracker.states.map((state) => ({
          iso2: state.iso2,
          name: state.name,
          category: state.stance,
          href: `/en/states/${state.iso2.toLowerCase()}`,
        })),
        legend: (['condemns', 'supports', 'concern', 'opposes', 'other'] as const).map(
          (stance) => ({ category: stance, label: stance, color: stanceColors[stance] }),
        ),
        noDataLabel: 'none',
        title: 'Map',
        summary: 'Summary',
        dir: 'ltr',
      }),
    )
    const shapeOf = (iso2: string) =>
      markup.match(new RegExp(`<use[^>]*data-iso2="${iso2}"[^>]*>`, 'g')) ?? []
    expect(shapeOf('FR')).toHaveLength(1)
    expect(shapeOf('FR')[0]).toContain(`fill="${stanceColors.condemns}"`)
    expect(shapeOf('BR')[0]).toContain(`fill="${stanceColors.concern}"`)
    expect(shapeOf('HU')[0]).toContain(`fill="${stanceColors.opposes}"`)
    expect(shapeOf('IT')[0]).toContain(`fill="${stanceColors.noData}"`)
    expect(markup).toContain('href="/en/states/fr"')
    const drawn = [...markup.matchAll(/<(?:use|circle)[^>]*data-iso2="(\w\w)"/g)].map(
      ([, iso2]) => iso2,
    )
    expect(drawn.sort()).toEqual(tracker.states.map((state) => state.iso2).sort())
    expect(markup).toMatch(/<circle [^>]*data-iso2="MT"/)
  })

  it('gives each summary with the language it is in: the reader’s, or English standing in for it', async () => {
    const id = await realReaction('IT', '2024-08-02', 'supports')
    try {
      await payload.update({
        collection: 'reactions',
        id,
        locale: 'es',
        data: { summary: 'IT el 2 de agosto' },
        overrideAccess: true,
        context,
      })
      const read = async (locale: 'fr' | 'es') =>
        (await trackerData(locale)).reactions.find((reaction) => reaction.id === id)
      const inFrench = await read('fr')
      expect(inFrench).toMatchObject({ summary: 'IT on 2024-08-02', summaryLocale: 'en' })
      expect(await read('es')).toMatchObject({ summary: 'IT el 2 de agosto', summaryLocale: 'es' })
      expect(inFrench && openDataRow(inFrench)).toMatchObject({
        summary: 'IT on 2024-08-02',
        summary_language: 'en',
      })
    } finally {
      await removeReactions([id])
    }
  })

  it('exports CSV that parses back to the same records', async () => {
    const tracker = buildTracker(await trackerData('fr'), filtersOf({}))
    const csv = toCsv(tracker)
    expect(csv.startsWith('\uFEFF')).toBe(true)
    const rows = parse(csv.slice(1), { columns: true }) as Record<string, string>[]
    expect(Object.keys(rows[0])).toEqual([...openDataColumns])
    expect(rows).toHaveLength(tracker.reactions.length)
    const expected = tracker.reactions.map((reaction) => {
      const row = openDataRow(reaction)
      return Object.fromEntries(
        Object.entries(row).map(([key, value]) => [
          key,
          Array.isArray(value)
            ? value.join(';')
            : typeof value === 'boolean'
              ? value
                ? 'yes'
                : 'no'
              : String(value),
        ]),
      )
    })
    expect(rows).toEqual(expected)
    const joint = rows.find((row) => row.actor_codes === 'FR;DE;ES')
    expect(joint).toMatchObject({
      stance: 'condemns',
      date: '2024-05-22',
      sample: 'yes',
      actor_types: 'state;state;state',
      summary_language: 'fr',
    })
    expect(joint?.actor_names).toBe('France;Allemagne;Espagne')
  })
})

describe('what stays inside the newsroom', () => {
  it('never shows an unverified reaction or an editor note to the public', async () => {
    const data = await trackerData('en')
    expect(
      data.reactions.some((reaction) => reaction.summary === 'Unverified claim about Italy'),
    ).toBe(false)
    expect(
      buildTracker(data, filtersOf({})).states.find((state) => state.iso2 === 'IT')?.count,
    ).toBe(0)

    const rest = await anonymousRest('reactions?limit=100&depth=0')
    expect(rest).not.toContain('Unverified claim')
    expect(rest).not.toContain('editorNotes')
    expect(rest).toContain('Presidency')
    const graphql = await anonymousGraphql(
      '{ Reactions(limit: 100) { docs { summary editorNotes verified } } }',
    )
    expect(graphql).not.toContain('Unverified claim')
    expect(graphql).not.toContain('Secret editorial note')
    expect(await anonymousRest(`reactions/${created[0]}`)).not.toContain('Unverified claim')
    expect(await anonymousRest('states?where[iso2][equals]=HU')).not.toContain('UNCERTAIN')
  })

  it('refuses a source that is not a web address, and the same reaction twice', async () => {
    const actors = [{ relationTo: 'states' as const, value: await stateId('IT') }]
    const base = {
      actors,
      date: '2024-08-01',
      stance: 'supports' as const,
      sourceTitle: 'Title',
      verified: true,
    }
    await expect(
      payload.create({
        collection: 'reactions',
        data: { ...base, sourceUrl: 'javascript:alert(1)' },
        context,
      }),
    ).rejects.toThrow(/sourceUrl|Source/i)
    const first = await payload.create({
      collection: 'reactions',
      data: { ...base, sourceUrl: 'https://example.org/italy-august' },
      context,
    })
    try {
      await expect(
        payload.create({
          collection: 'reactions',
          data: { ...base, sourceUrl: 'https://EXAMPLE.org/italy-august' },
          context,
        }),
      ).rejects.toThrow()
    } finally {
      await removeReactions([first.id])
    }
  })
})

describe('regional groups', () => {
  it('stores the UN regional group of every UN member, party or not', async () => {
    const { docs } = await payload.find({
      collection: 'states',
      pagination: false,
      depth: 0,
      overrideAccess: false,
      select: { iso2: true, regionalGroup: true, unMembership: true },
    })
    const groupOf = new Map(docs.map((doc) => [doc.iso2, doc.regionalGroup]))
    expect(
      docs
        .filter((doc) => doc.unMembership === 'member' && !doc.regionalGroup)
        .map((doc) => doc.iso2),
    ).toEqual([])
    expect(groupOf.get('US')).toBe('weog')
    expect(groupOf.get('CN')).toBe('asia-pacific')
    expect(groupOf.get('RU')).toBe('eastern-european')
    expect(groupOf.get('IN')).toBe('asia-pacific')
    expect(groupOf.get('CU')).toBe('latin-american-caribbean')
    expect(groupOf.get('EG')).toBe('african')
  })

  it('finds States that are not parties by their group, on the page and in the open data', async () => {
    const weog = await page('group=weog&party=no')
    expect(weog.rows.map((row) => row.iso2).sort()).toEqual(['IL', 'MC', 'TR', 'US'])
    expect(weog.rows.every((row) => !row.party && row.regionalGroup === 'weog')).toBe(true)
    for (const group of [
      'african',
      'asia-pacific',
      'eastern-european',
      'latin-american-caribbean',
    ]) {
      expect((await page(`group=${group}&party=no`)).rows.length, group).toBeGreaterThan(0)
    }
    const china = await page('group=asia-pacific&party=no')
    expect(china.rows.map((row) => row.iso2)).toContain('CN')
    expect(await exported('?group=weog&party=no')).toEqual([])

    const id = await realReaction('US', '2024-06-20', 'opposes')
    try {
      const rows = await exported('?group=weog&party=no')
      expect(rows.map((row) => [row.actor_codes, row.stance])).toEqual([['US', 'opposes']])
    } finally {
      await removeReactions([id])
    }
  })

  it('gives a State seeded without a group its group on the next seed, and keeps a group an editor chose', async () => {
    const [us, cn] = [await stateId('US'), await stateId('CN')]
    await payload.update({
      collection: 'states',
      id: us,
      data: { regionalGroup: null },
      overrideAccess: true,
      context,
    })
    await payload.update({
      collection: 'states',
      id: cn,
      data: { regionalGroup: 'african' },
      overrideAccess: true,
      context,
    })
    try {
      expect(await seedTrackerData(payload)).toEqual({
        states: 0,
        regionalGroups: 1,
        organizations: 0,
        reactions: 0,
      })
      const groupOf = async (id: number) =>
        (await payload.findByID({ collection: 'states', id, depth: 0, overrideAccess: true }))
          .regionalGroup
      expect(await groupOf(us)).toBe('weog')
      expect(await groupOf(cn)).toBe('african')
    } finally {
      await payload.update({
        collection: 'states',
        id: cn,
        data: { regionalGroup: 'asia-pacific' },
        overrideAccess: true,
        context,
      })
    }
  })
})

describe('open data and the page answer the same question', () => {
  it('exports no reaction for the States with none, which is what `stance=none` lists', async () => {
    const silent = await page('stance=none')
    expect(silent.rows.length).toBeGreaterThan(100)
    expect(silent.rows.every((row) => row.count === 0)).toBe(true)
    expect(silent.reactions).toEqual([])
    expect(await exported('?stance=none')).toEqual([])
  })

  it('filters by each State’s latest stance in the period, and exports those States’ reactions', async () => {
    // Norway first expresses concern, then condemns.
    const ids = [
      await realReaction('NO', '2024-06-01', 'concern'),
      await realReaction('NO', '2024-09-01', 'condemns'),
    ]
    try {
      const condemning = await page('stance=condemns')
      expect(condemning.rows.map((row) => row.iso2).sort()).toEqual([
        'CR',
        'DE',
        'ES',
        'FR',
        'NO',
        'SN',
      ])
      const condemningRows = await exported('?stance=condemns')
      expect(condemningRows.map((row) => [row.date, row.actor_codes, row.stance])).toEqual([
        ['2025-02-07', 'SN;CR', 'condemns'],
        ['2024-09-01', 'NO', 'condemns'],
        ['2024-06-01', 'NO', 'concern'],
        ['2024-05-22', 'FR;DE;ES', 'condemns'],
      ])
      // The EU condemned too, but it is not a State: the table cannot list it.
      expect(condemningRows.some((row) => row.actor_codes === 'eu')).toBe(false)

      // Norway's concern is not its latest stance, so it is neither listed nor exported.
      expect((await page('stance=concern')).rows.map((row) => row.iso2)).toEqual(['BR'])
      expect((await exported('?stance=concern')).map((row) => row.actor_codes)).toEqual(['BR'])

      // Until August 2024 it was.
      expect((await page('stance=concern&to=2024-08-31')).rows.map((row) => row.iso2)).toEqual([
        'BR',
        'NO',
      ])
      expect(
        (await exported('?stance=concern&to=2024-08-31')).map((row) => [row.date, row.actor_codes]),
      ).toEqual([
        ['2024-06-18', 'BR'],
        ['2024-06-01', 'NO'],
      ])
    } finally {
      await removeReactions(ids)
    }
  })

  it('exports, for any filter, the reactions counted in the table’s rows, each once', async () => {
    for (const query of [
      '',
      'group=weog',
      'party=yes',
      'party=no',
      'stance=supports',
      'group=african&stance=condemns',
      'from=2025-01-01',
      'defended=yes',
    ]) {
      const tracker = await page(query)
      const rows = await exported(query ? `?${query}` : '')
      const listed = new Set(tracker.rows.map((row) => row.iso2))
      expect(
        rows.map((row) => Number(row.id)),
        query,
      ).toEqual(tracker.reactions.map((reaction) => reaction.id))
      expect(new Set(rows.map((row) => row.id)).size, query).toBe(rows.length)
      if (query) {
        for (const row of rows)
          expect(
            row.actor_codes.split(';').some((code) => listed.has(code)),
            `${query}: ${row.actor_codes}`,
          ).toBe(true)
      }
      const counted = tracker.rows.reduce((sum, row) => sum + row.count, 0)
      const joint = rows.reduce(
        (sum, row) => sum + row.actor_codes.split(';').filter((code) => listed.has(code)).length,
        0,
      )
      expect(joint, query).toBe(counted)
    }
    // Without a filter on States, reactions by organizations alone are there too.
    expect((await exported('')).map((row) => row.actor_codes)).toEqual(
      expect.arrayContaining(['eu', 'asp-presidency']),
    )
  })
})

describe('sample reactions', () => {
  it('are seeded in development and tests, and in production only when asked for', () => {
    const wanted = (variables: Record<string, string>) =>
      sampleReactionsWanted(
        parseEnv({ PAYLOAD_SECRET: 'f3a9c1e07b5d4a2e8c6b0d9f1e3a5c7b', ...variables }),
      )
    expect(wanted({ NODE_ENV: 'development' })).toBe(true)
    expect(wanted({ NODE_ENV: 'test' })).toBe(true)
    expect(wanted({ NODE_ENV: 'production' })).toBe(false)
    expect(wanted({ NODE_ENV: 'production', SEED_SAMPLE_REACTIONS: '' })).toBe(false)
    expect(wanted({ NODE_ENV: 'production', SEED_SAMPLE_REACTIONS: 'yes' })).toBe(true)
    expect(wanted({ NODE_ENV: 'development', SEED_SAMPLE_REACTIONS: 'no' })).toBe(false)
    expect(() => wanted({ NODE_ENV: 'production', SEED_SAMPLE_REACTIONS: 'maybe' })).toThrow(
      /SEED_SAMPLE_REACTIONS must be yes or no/,
    )
  })

  it('are not seeded into a production database unless asked for', async () => {
    const samples = async () =>
      (
        await payload.count({
          collection: 'reactions',
          where: { sample: { equals: true } },
          overrideAccess: true,
        })
      ).totalDocs
    expect(await samples()).toBe(8)
    await payload.delete({
      collection: 'reactions',
      where: { sample: { equals: true } },
      overrideAccess: true,
      context,
    })
    try {
      expect(
        await seedTrackerData(payload, {
          samples: sampleReactionsWanted({ NODE_ENV: 'production' }),
        }),
      ).toEqual({ states: 0, regionalGroups: 0, organizations: 0, reactions: 0 })
      expect(await samples()).toBe(0)
      const tracker = await page('')
      expect(tracker.hasSample).toBe(false)
      expect(tracker.defended).toBe(0)
      // The reactions the reference statement names are facts, and stay.
      expect(
        tracker.reactions.map((reaction) =>
          reaction.actors
            .map((actor) => (actor.type === 'organization' ? actor.code : actor.iso2))
            .join(';'),
        ),
      ).toEqual(['eu', 'asp-presidency'])
    } finally {
      const restored = await seedTrackerData(payload, {
        samples: sampleReactionsWanted({ NODE_ENV: 'production', SEED_SAMPLE_REACTIONS: true }),
      })
      expect(restored.reactions).toBe(8)
    }
  })

  it('says in the headline how many defending States are counted only from samples', async () => {
    const before = await page('')
    // Every State's reaction in the demo is a sample.
    expect(before.defended).toBe(8)
    expect(before.defendedFromSamples).toBe(8)
    const id = await realReaction('FR', '2024-07-14', 'supports')
    try {
      const after = await page('')
      expect(after.defended).toBe(8)
      expect(after.defendedFromSamples).toBe(7)
    } finally {
      await removeReactions([id])
    }
  })

  it('marks a State whose colour comes from a sample, and no other', async () => {
    const id = await realReaction('IE', '2024-07-14', 'supports')
    try {
      const states = new Map((await page('')).states.map((state) => [state.iso2, state]))
      expect(states.get('HU')?.latest?.sample).toBe(true)
      expect(states.get('IE')?.latest?.sample).toBe(false)
      expect(states.get('IT')?.latest).toBeNull()
    } finally {
      await removeReactions([id])
    }
  })
})

describe('the headline’s link', () => {
  it('opens the table on exactly the States Parties the headline counts as having defended the Court', async () => {
    const data = await trackerData('en')
    for (const query of [
      {},
      { to: '2024-05-31' },
      { from: '2025-01-01' },
      { group: 'african', stance: 'none', party: 'no' },
    ]) {
      const filters = filtersOf(query)
      const headline = buildTracker(data, filters)
      const linked = buildTracker(
        data,
        filtersOf(
          Object.fromEntries(new URLSearchParams(filtersToQuery(filters, today, defendedView))),
        ),
      )
      expect(linked.rows, JSON.stringify(query)).toHaveLength(headline.defended)
      expect(
        linked.rows.every((row) => row.party && row.count > 0),
        JSON.stringify(query),
      ).toBe(true)
      expect([linked.from, linked.to]).toEqual([headline.from, headline.to])
    }
    const may2024 = filtersOf({ to: '2024-05-31' })
    expect(filtersToQuery(may2024, today, defendedView)).toBe(
      '?to=2024-05-31&party=yes&defended=yes',
    )
    const linked = buildTracker(
      data,
      filtersOf({ to: '2024-05-31', party: 'yes', defended: 'yes' }),
    )
    expect(linked.rows.map((row) => row.iso2)).toEqual(['FR', 'DE', 'ES'])
  })
})

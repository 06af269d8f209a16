import config from '@payload-config'
import { GRAPHQL_POST, REST_GET } from '@payloadcms/next/routes'
import { parse } from 'csv-parse/sync'
import { getPayload, type Payload } from 'payload'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { stanceColors, WorldMap } from '@/components/reactions/WorldMap'
import { buildTracker, parseFilters, trackerData } from '@/lib/data/reactions'
import { openDataColumns, openDataRow, toCsv } from '@/lib/reactions/openData'
import { seedTrackerData } from '@/lib/seed/tracker'

vi.mock('next/cache', () => import('../helpers/fakeNextCache'))

let payload: Payload
const created: number[] = []
const context = { disableRevalidate: true }
const today = '2026-11-27'

const restGet = REST_GET(config)
const graphqlPost = GRAPHQL_POST(config)

async function anonymousRest(path: string) {
  const url = new URL(`http://amicus.test/api/${path}`)
  const response = await restGet(new Request(url), { params: Promise.resolve({ slug: url.pathname.replace('/api/', '').split('/') }) })
  return JSON.stringify(await response.json())
}

async function anonymousGraphql(query: string) {
  const response = await graphqlPost(
    new Request('http://amicus.test/api/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) }),
  )
  return JSON.stringify(await response.json())
}

const stateId = async (iso2: string) =>
  (await payload.find({ collection: 'states', where: { iso2: { equals: iso2 } }, limit: 1, depth: 0, overrideAccess: true })).docs[0].id

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
  const { errors } = await payload.delete({ collection: 'reactions', where: { id: { in: created } }, overrideAccess: true, context })
  expect(errors).toEqual([])
  await payload.destroy()
})

describe('the tracker', () => {
  it('seeds every State once, with its name in every language', async () => {
    expect(await seedTrackerData(payload)).toEqual({ states: 0, organizations: 0, reactions: 0 })
    const france = await payload.find({ collection: 'states', locale: 'ar', where: { iso2: { equals: 'FR' } }, overrideAccess: false })
    expect(france.docs[0].name).toBe('فرنسا')
    expect((await payload.count({ collection: 'states', overrideAccess: false })).totalDocs).toBe(196)
  })

  it('counts States Parties for the period shown, silent ones included', async () => {
    const data = await trackerData('en')
    const may2024 = buildTracker(data, parseFilters({ to: '2024-05-31' }, today))
    expect(may2024.parties).toBe(124)
    // By 31 May 2024 the EU and the ASP Presidency had reacted, and the sample joint statement of 22 May.
    expect(may2024.defended).toBe(3)
    expect(may2024.silent).toBe(121)

    const now = buildTracker(data, parseFilters({}, today))
    expect(now.parties).toBe(125)
    expect(now.defended + now.states.filter((state) => state.party && state.count > 0 && !['condemns', 'supports'].includes(state.stance ?? '')).length).toBe(now.reacted)
    expect(now.byGroup.reduce((sum, group) => sum + group.parties, 0)).toBe(125)
  })

  it('filters and sorts the table from GET parameters, ignoring nonsense', async () => {
    const data = await trackerData('en')
    const condemning = buildTracker(data, parseFilters({ stance: 'condemns', party: 'yes', sort: 'name', dir: 'desc' }, today))
    expect(condemning.rows.map((row) => row.iso2)).toEqual(['ES', 'SN', 'DE', 'FR', 'CR'])
    const nonsense = buildTracker(data, parseFilters({ stance: "x' OR 1=1", from: '2024-02-30', sort: 'drop table', group: '../../etc' }, today))
    expect(nonsense.rows).toHaveLength(196)
    const african = buildTracker(data, parseFilters({ group: 'african', party: 'yes' }, today))
    expect(african.rows.every((row) => row.regionalGroup === 'african' && row.party)).toBe(true)
    expect(african.rows).toHaveLength(african.byGroup.find((group) => group.group === 'african')?.parties ?? -1)
  })

  it('draws one shape per State with the colour of its stance', async () => {
    const tracker = buildTracker(await trackerData('en'), parseFilters({}, today))
    const markup = renderToStaticMarkup(
      WorldMap({
        countries: tracker.states.map((state) => ({ iso2: state.iso2, name: state.name, category: state.stance, href: `/en/states/${state.iso2.toLowerCase()}` })),
        legend: (['condemns', 'supports', 'concern', 'opposes', 'other'] as const).map((stance) => ({ category: stance, label: stance, color: stanceColors[stance] })),
        noDataLabel: 'none',
        title: 'Map',
        summary: 'Summary',
        dir: 'ltr',
      }),
    )
    const shapeOf = (iso2: string) => markup.match(new RegExp(`<path[^>]*data-iso2="${iso2}"[^>]*>`, 'g')) ?? []
    expect(shapeOf('FR')).toHaveLength(1)
    expect(shapeOf('FR')[0]).toContain(`fill="${stanceColors.condemns}"`)
    expect(shapeOf('BR')[0]).toContain(`fill="${stanceColors.concern}"`)
    expect(shapeOf('HU')[0]).toContain(`fill="${stanceColors.opposes}"`)
    expect(shapeOf('IT')[0]).toContain(`fill="${stanceColors.noData}"`)
    expect(markup).toContain('href="/en/states/fr"')
  })

  it('exports CSV that parses back to the same records', async () => {
    const tracker = buildTracker(await trackerData('fr'), parseFilters({}, today))
    const csv = toCsv(tracker, 'fr')
    expect(csv.startsWith('\uFEFF')).toBe(true)
    const rows = parse(csv.slice(1), { columns: true }) as Record<string, string>[]
    expect(Object.keys(rows[0])).toEqual([...openDataColumns])
    expect(rows).toHaveLength(tracker.reactions.length)
    const expected = tracker.reactions.map((reaction) => {
      const row = openDataRow(reaction, 'fr')
      return Object.fromEntries(
        Object.entries(row).map(([key, value]) => [key, Array.isArray(value) ? value.join(';') : typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value)]),
      )
    })
    expect(rows).toEqual(expected)
    const joint = rows.find((row) => row.actor_codes === 'FR;DE;ES')
    expect(joint).toMatchObject({ stance: 'condemns', date: '2024-05-22', sample: 'yes', actor_types: 'state;state;state', summary_language: 'fr' })
    expect(joint?.actor_names).toBe('France;Allemagne;Espagne')
  })
})

describe('what stays inside the newsroom', () => {
  it('never shows an unverified reaction or an editor note to the public', async () => {
    const data = await trackerData('en')
    expect(data.reactions.some((reaction) => reaction.summary === 'Unverified claim about Italy')).toBe(false)
    expect(buildTracker(data, parseFilters({}, today)).states.find((state) => state.iso2 === 'IT')?.count).toBe(0)

    const rest = await anonymousRest('reactions?limit=100&depth=0')
    expect(rest).not.toContain('Unverified claim')
    expect(rest).not.toContain('editorNotes')
    expect(rest).toContain('Presidency')
    const graphql = await anonymousGraphql('{ Reactions(limit: 100) { docs { summary editorNotes verified } } }')
    expect(graphql).not.toContain('Unverified claim')
    expect(graphql).not.toContain('Secret editorial note')
    expect(await anonymousRest(`reactions/${created[0]}`)).not.toContain('Unverified claim')
    expect(await anonymousRest('states?where[iso2][equals]=HU')).not.toContain('UNCERTAIN')
  })

  it('refuses a source that is not a web address, and the same reaction twice', async () => {
    const actors = [{ relationTo: 'states' as const, value: await stateId('IT') }]
    const base = { actors, date: '2024-08-01', stance: 'supports' as const, sourceTitle: 'Title', verified: true }
    await expect(payload.create({ collection: 'reactions', data: { ...base, sourceUrl: 'javascript:alert(1)' }, context })).rejects.toThrow(/sourceUrl|Source/i)
    const first = await payload.create({ collection: 'reactions', data: { ...base, sourceUrl: 'https://example.org/italy-august' }, context })
    created.push(first.id)
    await expect(payload.create({ collection: 'reactions', data: { ...base, sourceUrl: 'https://EXAMPLE.org/italy-august' }, context })).rejects.toThrow()
  })
})

import { geoCentroid, geoEqualEarth, geoPath } from 'd3-geo'
import isoCountries from 'i18n-iso-countries'
import { createTranslator } from 'next-intl'
import { renderToStaticMarkup } from 'react-dom/server'
import { feature } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'
import { describe, expect, it } from 'vitest'
import atlas from 'world-atlas/countries-110m.json' with { type: 'json' }
import detailedAtlas from 'world-atlas/countries-50m.json' with { type: 'json' }

import { GET as mapAssetRoute } from '@/app/embed/world-map.svg/route'
import { Timeline, type TimelineBucket } from '@/components/reactions/Timeline'
import {
  type MapCountry,
  type MapLegendItem,
  stanceColors,
  WorldMap,
} from '@/components/reactions/WorldMap'
import {
  countryPoints,
  countryShapes,
  MAP_HEIGHT,
  MAP_WIDTH,
  POINT_RADIUS,
} from '@/lib/reactions/geography'
import { mapAsset, MAP_ASSET_PATH } from '@/lib/reactions/mapAsset'
import { stateRecords } from '@/lib/reactions/stateData'
import { bucketize } from '@/lib/reactions/timeBuckets'
import ar from '@/messages/ar.json' with { type: 'json' }
import en from '@/messages/en.json' with { type: 'json' }
import es from '@/messages/es.json' with { type: 'json' }
import fr from '@/messages/fr.json' with { type: 'json' }

const topology = atlas as unknown as Topology<{ countries: GeometryCollection }>
const detailedTopology = detailedAtlas as unknown as Topology<{ countries: GeometryCollection }>

const legend: MapLegendItem[] = [
  { category: 'condemns', label: 'Condemns', color: stanceColors.condemns },
  { category: 'supports', label: 'Supports', color: stanceColors.supports },
  { category: 'concern', label: 'Expresses concern', color: stanceColors.concern },
  { category: 'opposes', label: 'Opposes', color: stanceColors.opposes },
  { category: 'other', label: 'Other', color: stanceColors.other },
]

const state = (iso2: string, category: string | null, description?: string): MapCountry => ({
  iso2,
  name: isoCountries.getName(iso2, 'en') ?? iso2,
  category,
  href: `/en/states/${iso2.toLowerCase()}`,
  description,
})

const renderMap = (countries: MapCountry[], dir: 'ltr' | 'rtl' = 'ltr') =>
  renderToStaticMarkup(
    <WorldMap
      countries={countries}
      legend={legend}
      noDataLabel="No reaction recorded"
      title="Reactions by State"
      summary="Each State is coloured by its reaction; the table below gives the same data."
      dir={dir}
    />,
  )

/** Absolute points of SVG path data made of M/L/Z commands, absolute or relative. */
function points(d: string): number[][] {
  const result: number[][] = []
  let [x, y, startX, startY] = [0, 0, 0, 0]
  for (const [, command, args] of d.matchAll(/([MLZmlz])([^MLZmlz]*)/g)) {
    if (command.toLowerCase() === 'z') {
      ;[x, y] = [startX, startY]
      continue
    }
    const [a, b] = (args.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number)
    ;[x, y] = command === command.toLowerCase() ? [x + a, y + b] : [a, b]
    if (command.toLowerCase() === 'm') [startX, startY] = [x, y]
    result.push([Math.round(x * 10) / 10, Math.round(y * 10) / 10])
  }
  return result
}

const anchors = (html: string) => [...html.matchAll(/<a [^>]*>.*?<\/a>/g)].map(([anchor]) => anchor)
const anchorFor = (html: string, iso2: string) =>
  anchors(html).find((anchor) => anchor.includes(`data-iso2="${iso2}"`))

describe('country shapes', () => {
  const shapes = countryShapes()

  it('draws one shape per country of the atlas, each well-known country once', () => {
    expect(shapes).toHaveLength(topology.objects.countries.geometries.length)
    expect(shapes).toHaveLength(177)
    for (const iso2 of ['US', 'FR', 'BR', 'ZA', 'UA', 'PH', 'JP', 'AU']) {
      expect(shapes.filter((shape) => shape.iso2 === iso2)).toHaveLength(1)
    }
    expect(shapes.filter((shape) => shape.iso2 === null).length).toBeGreaterThan(0)
    expect(shapes.every((shape) => shape.d.startsWith('m'))).toBe(true)
  })

  it('projects once', () => {
    expect(countryShapes()).toBe(shapes)
  })

  it('encodes the same points as d3’s absolute path rounded to one decimal', () => {
    const countries = feature(topology, topology.objects.countries)
    const absolute = geoPath(geoEqualEarth().fitSize([MAP_WIDTH, MAP_HEIGHT], countries)).digits(1)
    countries.features.forEach((country, index) => {
      expect(points(shapes[index].d)).toEqual(points(absolute(country) ?? ''))
    })
  })
})

describe('country points', () => {
  const dots = countryPoints()

  it('places a country without a 110m shape at the centroid of its 50m outline, projected like the shapes', () => {
    const projection = geoEqualEarth().fitSize(
      [MAP_WIDTH, MAP_HEIGHT],
      feature(topology, topology.objects.countries),
    )
    const detailed = feature(detailedTopology, detailedTopology.objects.countries).features
    for (const iso2 of ['MT', 'AD', 'SG', 'LC', 'KI']) {
      const outline = detailed.find(
        (country) => country.id !== undefined && isoCountries.numericToAlpha2(country.id) === iso2,
      )
      const [x, y] = projection(geoCentroid(outline!)) ?? [NaN, NaN]
      expect(dots.get(iso2)?.x).toBeCloseTo(x, 1)
      expect(dots.get(iso2)?.y).toBeCloseTo(y, 1)
    }
  })

  it('has no point for a country that has a shape, and one for Tuvalu, which has no outline even at 50m', () => {
    const shaped = new Set(countryShapes().map((shape) => shape.iso2))
    expect([...dots.keys()].filter((iso2) => shaped.has(iso2))).toEqual([])
    expect(
      feature(detailedTopology, detailedTopology.objects.countries).features.some(
        (country) => country.id === '798',
      ),
    ).toBe(false)
    expect(dots.get('TV')).toBeDefined()
  })

  it('keeps every dot whole inside the frame', () => {
    for (const { x, y } of dots.values()) {
      expect(x).toBeGreaterThanOrEqual(POINT_RADIUS)
      expect(x).toBeLessThanOrEqual(MAP_WIDTH - POINT_RADIUS)
      expect(y).toBeGreaterThanOrEqual(POINT_RADIUS)
      expect(y).toBeLessThanOrEqual(MAP_HEIGHT - POINT_RADIUS)
    }
  })

  it('projects once', () => {
    expect(countryPoints()).toBe(dots)
  })
})

describe('world map', () => {
  const countries = [
    state('FR', 'condemns', 'Joint statement of 12 June 2025'),
    state('BR', 'condemns'),
    state('ZA', 'supports'),
    state('US', 'opposes', 'Executive order sanctioning Court officials'),
    state('JP', null),
    // Too small for the 1:110m atlas: a dot.
    state('MT', 'concern'),
  ]
  const html = renderMap(countries)

  it('renders exactly one outline per shape, from the shared asset, and a dot for a State without one', () => {
    expect(html).not.toContain('<path ')
    const outlines = [...html.matchAll(/<use href="([^"]+)"/g)].map(([, href]) => href)
    expect(outlines).toHaveLength(countryShapes().length)
    expect(new Set(outlines).size).toBe(outlines.length)
    for (const href of outlines) expect(href.startsWith(`${mapAsset().href}#`)).toBe(true)
    expect(html.match(/<circle /g)).toHaveLength(1)
    const malta = anchorFor(html, 'MT')
    const { x, y } = countryPoints().get('MT')!
    expect(malta).toMatch(/^<a href="\/en\/states\/mt"><title>Malta<\/title><circle /)
    expect(malta).toContain(
      `cx="${x}" cy="${y}" r="${POINT_RADIUS}" stroke="#767676" fill="${stanceColors.concern}" data-iso2="MT" data-category="concern"`,
    )
  })

  it('paints dots over every shape, so that no neighbour hides one', () => {
    expect(html.lastIndexOf('<use ')).toBeLessThan(html.indexOf('<circle '))
  })

  it('draws each State with its own outline', () => {
    const outlineOf = (iso2: string) =>
      /<use href="[^"#]+#([^"]+)"/.exec(anchorFor(html, iso2) ?? '')?.[1]
    const shapes = countryShapes()
    for (const iso2 of ['FR', 'BR', 'ZA', 'US', 'JP']) {
      const id = outlineOf(iso2)!
      const [, d] = new RegExp(`<path id="${id}" d="([^"]+)"/>`).exec(mapAsset().svg) ?? []
      expect(d, iso2).toBe(shapes.find((shape) => shape.iso2 === iso2)?.d)
    }
  })

  it('links and colours each listed State by its category', () => {
    const france = anchorFor(html, 'FR')
    expect(france).toMatch(/^<a href="\/en\/states\/fr"/)
    expect(france).toContain('>France — Joint statement of 12 June 2025</title>')
    expect(france).toContain(
      `fill="${stanceColors.condemns}" data-iso2="FR" data-category="condemns"`,
    )
    expect(anchorFor(html, 'US')).toContain(
      `fill="${stanceColors.opposes}" data-iso2="US" data-category="opposes"`,
    )
    expect(anchorFor(html, 'BR')).toContain('>Brazil</title>')
  })

  it('names each link by a <title> it opens with', () => {
    for (const anchor of anchors(html))
      expect(anchor).toMatch(/^<a href="[^"]+"><title>[^<]+<\/title><(use|circle) /)
  })

  it('fills a State with no category in the no-data colour', () => {
    const japan = anchorFor(html, 'JP')
    expect(japan).toContain(`fill="${stanceColors.noData}" data-iso2="JP"`)
    expect(japan).not.toContain('data-category')
  })

  it('leaves States that are not listed as unlinked, hidden background', () => {
    expect(anchors(html)).toHaveLength(6)
    expect(html).not.toContain('data-iso2="DE"')
    const [background] = html.match(/<g aria-hidden="true"[^>]*>.*?<\/g>/) ?? ['']
    expect(background).toContain(`fill="${stanceColors.noData}"`)
    expect(background.match(/<use /g)).toHaveLength(countryShapes().length - 5)
  })

  it('lists each category in the legend with its count', () => {
    const items = [...html.matchAll(/<li>.*?<\/span>(.*?)<\/li>/g)].map(([, text]) => text)
    expect(items).toEqual([
      'Condemns (2)',
      'Supports (1)',
      'Expresses concern (1)',
      'Opposes (1)',
      'Other (0)',
      'No reaction recorded (1)',
    ])
  })

  it('mirrors the legend and caption in right-to-left languages but never the geography', () => {
    const rtl = renderMap(countries, 'rtl')
    expect(rtl).toMatch(/^<figure class="world-map" dir="rtl"><svg [^>]*direction="ltr"/)
    expect(rtl).toContain(
      '<figcaption>Each State is coloured by its reaction; the table below gives the same data.</figcaption>',
    )
  })

  it('stays under 50 KB with every country of the atlas and every State listed (the outlines are in the asset)', () => {
    const categories = [...legend.map((item) => item.category), null]
    const codes = new Set([
      ...countryShapes().flatMap((shape) => (shape.iso2 === null ? [] : [shape.iso2])),
      ...stateRecords().map((record) => record.iso2),
    ])
    const every = [...codes].map((iso2, index) =>
      state(iso2, categories[index % 6], 'Statement of 12 June 2025 on the sanctions'),
    )
    const markup = renderMap(every)
    expect(anchors(markup)).toHaveLength(every.length)
    expect(Buffer.byteLength(markup)).toBeLessThan(50 * 1024)
  })
})

describe('the map’s outlines', () => {
  const { svg, version, href } = mapAsset()

  it('hold every shape of the atlas once, each under its own id, and no colour', () => {
    const ids = [...svg.matchAll(/<path id="([^"]+)" d="m[^"]+"\/>/g)].map(([, id]) => id)
    expect(ids).toHaveLength(countryShapes().length)
    expect(new Set(ids).size).toBe(ids.length)
    expect(svg).toMatch(
      new RegExp(
        `^<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}">`,
      ),
    )
    // A fill here would override the stance colour each map gives its <use>.
    expect(svg).not.toContain('fill')
  })

  it('are served under an address that changes with them, kept for a year there', async () => {
    expect(href).toBe(`${MAP_ASSET_PATH}?v=${version}`)
    const current = mapAssetRoute(new Request(`http://amicus.test${href}`))
    expect(current.headers.get('Content-Type')).toBe('image/svg+xml; charset=utf-8')
    expect(current.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable')
    expect(await current.text()).toBe(svg)
    const other = mapAssetRoute(new Request(`http://amicus.test${MAP_ASSET_PATH}?v=old`))
    expect(other.headers.get('Cache-Control')).toBe('public, no-cache')
    expect(await other.text()).toBe(svg)
  })
})

describe('every State on the map', () => {
  const records = stateRecords()
  const stances = legend.map((item) => item.category)
  // The stances in turn and every sixth State none, so that a mix-up between States would show.
  const stanceOf = (index: number) => (index % 6 === 5 ? null : stances[index % 6])
  const html = renderMap(records.map((record, index) => state(record.iso2, stanceOf(index))))
  const drawn = (iso2: string) =>
    anchors(html).filter((anchor) => anchor.includes(`data-iso2="${iso2}"`))

  it('draws every State Party in data/ as a shape or a dot, linked, named and coloured by its stance', () => {
    const parties = records.filter((record) => record.entryIntoForce)
    expect(parties.length).toBeGreaterThanOrEqual(125)
    for (const party of parties) {
      const index = records.indexOf(party)
      const stance = stanceOf(index)
      const [anchor, ...others] = drawn(party.iso2)
      expect(others, party.iso2).toEqual([])
      expect(anchor, party.iso2).toMatch(
        new RegExp(
          `^<a href="/en/states/${party.iso2.toLowerCase()}"><title>[^<]+</title><(use|circle) `,
        ),
      )
      expect(anchor, party.iso2).toContain(
        `fill="${stance ? stanceColors[stance as keyof typeof stanceColors] : stanceColors.noData}" data-iso2="${party.iso2}"`,
      )
      if (stance) expect(anchor, party.iso2).toContain(`data-category="${stance}"`)
      else expect(anchor, party.iso2).not.toContain('data-category')
    }
  })

  it('draws every other State too, the small ones as dots (Andorra, Malta, the Holy See, Tuvalu…)', () => {
    expect(
      records.filter((record) => drawn(record.iso2).length !== 1).map((record) => record.iso2),
    ).toEqual([])
    for (const iso2 of ['AD', 'MT', 'VA', 'TV', 'LI', 'SM', 'CK'])
      expect(drawn(iso2)[0]).toContain('<circle ')
  })
})

describe('sample data on the map', () => {
  const sampleWords = {
    en: 'sample data',
    fr: 'données d’exemple',
    es: 'datos de ejemplo',
    ar: 'بيانات تجريبية',
  }

  it.each([
    ['en', en],
    ['fr', fr],
    ['es', es],
    ['ar', ar],
  ] as const)(
    'says so in the title of a State coloured by a sample reaction (%s)',
    (locale, messages) => {
      const t = createTranslator({ locale, messages, namespace: 'Reactions' })
      const description = (sample: 'yes' | 'no') =>
        t('mapCountry', { stance: t('stance', { stance: 'opposes' }), party: 'yes', sample })
      const html = renderMap([
        state('HU', 'opposes', description('yes')),
        state('PL', 'opposes', description('no')),
      ])
      expect(anchorFor(html, 'HU')).toContain(sampleWords[locale])
      expect(anchorFor(html, 'PL')).not.toContain(sampleWords[locale])
      expect(anchorFor(html, 'PL')).toContain(`${t('stance', { stance: 'opposes' })}`)
      expect(t('headlineSamples', { count: 3 })).toContain('3')
    },
  )
})

describe('timeline', () => {
  const month = new Intl.DateTimeFormat('en', { month: 'short', year: 'numeric', timeZone: 'UTC' })
  const dates = [
    { date: '2024-11-02', category: 'condemns' },
    { date: '2024-11-20', category: 'condemns' },
    { date: '2024-11-21', category: 'opposes' },
    { date: '2025-01-10', category: 'concern' },
    { date: '2025-03-01', category: 'supports' },
    { date: '2025-03-05', category: 'condemns' },
  ]
  const buckets: TimelineBucket[] = bucketize(dates, 'month', '2024-11-01', '2025-03-31').map(
    (bucket) => ({
      ...bucket,
      label: month.format(new Date(bucket.start)),
    }),
  )
  const render = (dir: 'ltr' | 'rtl') =>
    renderToStaticMarkup(
      <Timeline
        buckets={buckets}
        legend={legend}
        title="Reactions over time"
        summary="Reactions per month since November 2024."
        tableLabel="Show the numbers"
        dir={dir}
      />,
    )
  const html = render('ltr')
  const rectXs = (markup: string) =>
    [...markup.matchAll(/<rect x="([\d.]+)"/g)].map(([, x]) => Number(x))

  it('draws one titled segment per non-empty category and bucket', () => {
    const titles = [...html.matchAll(/<rect [^>]*><title>(.*?)<\/title><\/rect>/g)].map(
      ([, title]) => title,
    )
    expect(titles).toEqual([
      'Nov 2024 — Condemns: 2',
      'Nov 2024 — Opposes: 1',
      'Jan 2025 — Expresses concern: 1',
      'Mar 2025 — Condemns: 1',
      'Mar 2025 — Supports: 1',
    ])
    expect(html.match(/<title/g)).toHaveLength(titles.length + 1)
    // The y axis is labelled with the largest stack, November's three.
    expect(html).toMatch(/<text x="[\d.]+" y="18">3<\/text>/)
  })

  it('gives the same numbers in a table', () => {
    const [table] = html.match(/<details.*<\/details>/) ?? ['']
    expect(table).toContain('<summary>Show the numbers</summary>')
    expect(table).toContain('<th scope="col">Condemns</th>')
    const rows = [...table.matchAll(/<tr><th scope="row">.*?<\/tr>/g)].map(([row]) =>
      [...row.matchAll(/<td>(\d+)<\/td>/g)].map(([, count]) => Number(count)),
    )
    expect(rows).toHaveLength(5)
    const totals = legend.map((_, column) => rows.reduce((sum, row) => sum + row[column], 0))
    expect(totals).toEqual([3, 1, 1, 1, 0])
    expect([...html.matchAll(/<li>.*?<\/span>(.*?)<\/li>/g)].map(([, text]) => text)).toEqual([
      'Condemns (3)',
      'Supports (1)',
      'Expresses concern (1)',
      'Opposes (1)',
      'Other (0)',
    ])
  })

  it('runs time right to left in right-to-left languages', () => {
    const ltr = rectXs(html)
    const rtl = rectXs(render('rtl'))
    expect(ltr[0]).toBeLessThan(ltr.at(-1)!)
    expect(rtl[0]).toBeGreaterThan(rtl.at(-1)!)
    expect(render('rtl')).toMatch(/^<figure class="timeline" dir="rtl">/)
  })
})

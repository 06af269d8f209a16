import {
  countryPoints,
  countryShapes,
  MAP_HEIGHT,
  MAP_WIDTH,
  POINT_RADIUS,
} from '@/lib/reactions/geography'
import { mapAsset, shapeId } from '@/lib/reactions/mapAsset'

export type MapCountry = {
  iso2: string
  name: string
  category: string | null
  href: string
  description?: string
}
export type MapLegendItem = { category: string; label: string; color: string }

/**
 * Okabe–Ito hues, darkened where needed so that every category reaches 3:1 against a white page
 * while staying apart under deuteranopia, protanopia and tritanopia. No data stays a light neutral.
 */
export const stanceColors = {
  condemns: '#009E73',
  supports: '#0072B2',
  concern: '#C08300',
  opposes: '#A63A00',
  other: '#C46D9F',
  noData: '#D9D9D9',
} as const

type LegendEntry = { label: string; color: string; count: number }

/** Colour key as an HTML list, shared by the map and the timeline; it follows the page direction. */
export function ChartLegend({ entries }: { entries: LegendEntry[] }) {
  return (
    <ul className="chart-legend">
      {entries.map((entry) => (
        <li key={entry.label}>
          <span
            aria-hidden="true"
            className="chart-legend__swatch"
            // Sized here so the key still works without the stylesheet; kept in forced-colours mode,
            // where backgrounds would otherwise be replaced and every swatch would look the same.
            style={{
              display: 'inline-block',
              inlineSize: '1em',
              blockSize: '1em',
              marginInlineEnd: '0.4em',
              verticalAlign: '-0.125em',
              border: '1px solid #595959',
              backgroundColor: entry.color,
              forcedColorAdjust: 'none',
            }}
          />
          {`${entry.label} (${entry.count})`}
        </li>
      ))}
    </ul>
  )
}

type Props = {
  countries: MapCountry[]
  legend: MapLegendItem[]
  noDataLabel: string
  noDataColor?: string
  title: string
  summary: string
  dir: 'ltr' | 'rtl'
  /** Prefix for the ids that name and describe the svg; pass one per map when a page has several. */
  id?: string
  /** Where the States' links open: `_blank` where this site is framed (SVG links ignore <base target>). */
  linkTarget?: '_blank'
}

/**
 * Choropleth of the States, one link per State to its page; a State too small for the atlas is a
 * dot. Static SVG: it needs no JavaScript, and the data is repeated in the page's table for
 * anyone who cannot use the map.
 */
export function WorldMap({
  countries,
  legend,
  noDataLabel,
  noDataColor = stanceColors.noData,
  title,
  summary,
  dir,
  id = 'world-map',
  linkTarget,
}: Props) {
  const colors = new Map(legend.map((item) => [item.category, item.color]))
  // A category missing from the legend could not be read off the map, so it is shown and counted as no data.
  const colorOf = (category: string | null) =>
    category === null ? undefined : colors.get(category)
  const listed = new Map(countries.map((country) => [country.iso2.toUpperCase(), country]))
  // Outlines are drawn from the shared asset (`<use>`), which the browser keeps: a page carries
  // only which outline each link shows and its colour.
  const outline = (id: string) => `${mapAsset().href}#${id}`
  const shapes = new Map<string, string>()
  const background: string[] = []
  countryShapes().forEach((shape, index) => {
    const id = shapeId(shape.iso2, index)
    if (shape.iso2 !== null && listed.has(shape.iso2)) shapes.set(shape.iso2, id)
    else background.push(id)
  })
  const states = [...listed.values()]
  const marks = [...listed].flatMap(([iso2, country]) => {
    const attributes = {
      fill: colorOf(country.category) ?? noDataColor,
      'data-iso2': iso2,
      'data-category': country.category ?? undefined,
    }
    const id = shapes.get(iso2)
    if (id !== undefined)
      return [{ iso2, country, dot: false, mark: <use href={outline(id)} {...attributes} /> }]
    // A code that neither atlas nor world-countries knows has no place on the map; the table still lists it.
    const point = countryPoints().get(iso2)
    // A darker rim keeps a dot in the no-data grey visible on a grey neighbour and on the white sea.
    return point
      ? [
          {
            iso2,
            country,
            dot: true,
            mark: (
              <circle cx={point.x} cy={point.y} r={POINT_RADIUS} stroke="#767676" {...attributes} />
            ),
          },
        ]
      : []
  })
  // Dots go after every shape, so that no neighbour is painted over them (Andorra under Spain);
  // within each kind the caller's order, not the atlas's, is the keyboard order (a stable sort).
  marks.sort((a, b) => Number(a.dot) - Number(b.dot))
  const entries: LegendEntry[] = [
    ...legend.map((item) => ({
      label: item.label,
      color: item.color,
      count: states.filter((state) => state.category === item.category).length,
    })),
    {
      label: noDataLabel,
      color: noDataColor,
      count: states.filter((state) => colorOf(state.category) === undefined).length,
    },
  ]

  return (
    <figure className="world-map" dir={dir}>
      <svg
        viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
        width="100%"
        preserveAspectRatio="xMidYMid meet"
        style={{ display: 'block', height: 'auto', forcedColorAdjust: 'none' }}
        // Geography is never mirrored, whatever the language. `dir` does nothing on SVG elements
        // (Chromium still computes rtl inside an rtl figure); the `direction` presentation attribute does.
        direction="ltr"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-desc`}
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{summary}</desc>
        <g stroke="#ffffff" strokeWidth={0.5} strokeLinejoin="round">
          {/* Territories, Antarctica and States nobody listed: shape only, nothing to announce or follow. */}
          <g aria-hidden="true" fill={noDataColor}>
            {background.map((id) => (
              <use key={id} href={outline(id)} />
            ))}
          </g>
          {marks.map(({ iso2, country, mark }) => (
            // The <title> child is both the link's accessible name and its tooltip.
            <a key={iso2} href={country.href} target={linkTarget}>
              <title>
                {country.description ? `${country.name} — ${country.description}` : country.name}
              </title>
              {mark}
            </a>
          ))}
        </g>
      </svg>
      <ChartLegend entries={entries} />
      <figcaption>{summary}</figcaption>
    </figure>
  )
}

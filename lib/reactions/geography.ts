import { geoEqualEarth, geoPath, type GeoContext } from 'd3-geo'
// The package's Node entry replaces module.exports, so only its default import has the functions at run time.
import isoCountries from 'i18n-iso-countries'
import { feature } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'
import atlas from 'world-atlas/countries-110m.json' with { type: 'json' }

export const MAP_WIDTH = 960
export const MAP_HEIGHT = 480

/** A country's outline as SVG path data; `iso2` is null where the atlas has no ISO 3166-1 code (N. Cyprus, Kosovo…). */
export type CountryShape = { iso2: string | null; d: string }

/**
 * Writes relative moves rounded to tenths. Over the same points this is about a third shorter than
 * `geoPath().digits(1)`'s absolute coordinates, and the map is inlined into every tracker page.
 */
class RelativePathData implements GeoContext {
  d = ''
  // Positions are kept in whole tenths so that rounding errors never build up along a ring.
  private x = 0
  private y = 0
  private startX = 0
  private startY = 0

  beginPath() {
    this.d = ''
    this.x = this.y = 0
  }

  moveTo(x: number, y: number) {
    this.d += `m${this.step(x, y)}`
    this.startX = this.x
    this.startY = this.y
  }

  lineTo(x: number, y: number) {
    this.d += `l${this.step(x, y)}`
  }

  // SVG resumes from the start of the closed subpath, so the next relative move is measured from there.
  closePath() {
    this.d += 'z'
    this.x = this.startX
    this.y = this.startY
  }

  arc(): never {
    throw new Error('Country shapes are polygons: d3 only draws arcs for points.')
  }

  private step(x: number, y: number) {
    const tenthsX = Math.round(x * 10)
    const tenthsY = Math.round(y * 10)
    const dx = (tenthsX - this.x) / 10
    const dy = (tenthsY - this.y) / 10
    this.x = tenthsX
    this.y = tenthsY
    // A minus sign already separates two numbers.
    return dy < 0 ? `${dx}${dy}` : `${dx},${dy}`
  }
}

const alpha2 = (numeric: string | number | undefined) =>
  numeric === undefined ? null : (isoCountries.numericToAlpha2(numeric) ?? null)

function project(): CountryShape[] {
  const topology = atlas as unknown as Topology<{ countries: GeometryCollection }>
  const countries = feature(topology, topology.objects.countries)
  const projection = geoEqualEarth().fitSize([MAP_WIDTH, MAP_HEIGHT], countries)
  const context = new RelativePathData()
  const draw = geoPath(projection, context)
  return countries.features.map((country) => {
    context.beginPath()
    draw(country)
    return { iso2: alpha2(country.id), d: context.d }
  })
}

let shapes: CountryShape[] | undefined

/** Every country of the Natural Earth 1:110m atlas, projected once (Equal Earth) into MAP_WIDTH × MAP_HEIGHT. */
export function countryShapes(): CountryShape[] {
  shapes ??= project()
  return shapes
}

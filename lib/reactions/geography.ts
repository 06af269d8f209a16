import { geoCentroid, geoEqualEarth, geoPath, type GeoContext, type GeoProjection } from 'd3-geo'
// The package's Node entry replaces module.exports, so only its default import has the functions at run time.
import isoCountries from 'i18n-iso-countries'
import { feature } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'
import atlas from 'world-atlas/countries-110m.json' with { type: 'json' }
import detailedAtlas from 'world-atlas/countries-50m.json' with { type: 'json' }
import worldCountries from 'world-countries'

export const MAP_WIDTH = 960
export const MAP_HEIGHT = 480
/** Radius of the dot that stands for a country too small to have a shape. */
export const POINT_RADIUS = 4

/** A country's outline as SVG path data; `iso2` is null where the atlas has no ISO 3166-1 code (N. Cyprus, Kosovo…). */
export type CountryShape = { iso2: string | null; d: string }

/** Where a country too small for the 1:110m atlas is, in the map's coordinates rounded to tenths. */
export type CountryPoint = { x: number; y: number }

/**
 * Writes relative moves rounded to tenths. Over the same points this is about a third shorter than
 * `geoPath().digits(1)`'s absolute coordinates, and every reader downloads the outlines
 * (lib/reactions/mapAsset.ts).
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

type Countries = Topology<{ countries: GeometryCollection }>

const tenths = (value: number) => Math.round(value * 10) / 10

function project(): { shapes: CountryShape[]; points: Map<string, CountryPoint> } {
  const topology = atlas as unknown as Countries
  const countries = feature(topology, topology.objects.countries)
  const projection = geoEqualEarth().fitSize([MAP_WIDTH, MAP_HEIGHT], countries)
  const context = new RelativePathData()
  const draw = geoPath(projection, context)
  const shapes = countries.features.map((country) => {
    context.beginPath()
    draw(country)
    return { iso2: alpha2(country.id), d: context.d }
  })
  return {
    shapes,
    points: smallCountryPoints(projection, new Set(shapes.map((shape) => shape.iso2))),
  }
}

/**
 * A point for every country the 1:110m atlas leaves out (microstates, small islands): the centroid
 * of its 1:50m outline, which is only read here and never drawn. Tuvalu is missing even at 1:50m,
 * so a country the 50m atlas lacks too takes its coordinates from world-countries' `latlng`.
 */
function smallCountryPoints(
  projection: GeoProjection,
  drawn: Set<string | null>,
): Map<string, CountryPoint> {
  const topology = detailedAtlas as unknown as Countries
  const geometries = topology.objects.countries.geometries.filter(
    (geometry) => !drawn.has(alpha2(geometry.id)),
  )
  const points = new Map<string, [number, number]>()
  for (const country of feature(topology, { type: 'GeometryCollection', geometries }).features) {
    const iso2 = alpha2(country.id)
    if (iso2) points.set(iso2, geoCentroid(country))
  }
  for (const country of worldCountries) {
    const [latitude, longitude] = country.latlng
    if (!drawn.has(country.cca2) && !points.has(country.cca2))
      points.set(country.cca2, [longitude, latitude])
  }
  // Tuvalu lies just beyond the frame fitted to the 110m shapes: its dot is pulled back inside.
  const within = (value: number, size: number) =>
    tenths(Math.min(Math.max(value, POINT_RADIUS), size - POINT_RADIUS))
  return new Map(
    [...points].flatMap(([iso2, position]) => {
      const projected = projection(position)
      return projected
        ? [[iso2, { x: within(projected[0], MAP_WIDTH), y: within(projected[1], MAP_HEIGHT) }]]
        : []
    }),
  )
}

let projected: ReturnType<typeof project> | undefined

/** Every country of the Natural Earth 1:110m atlas, projected once (Equal Earth) into MAP_WIDTH × MAP_HEIGHT. */
export function countryShapes(): CountryShape[] {
  projected ??= project()
  return projected.shapes
}

/** The countries without a shape in countryShapes(), by ISO 3166-1 alpha-2 code, projected once in the same way. */
export function countryPoints(): Map<string, CountryPoint> {
  projected ??= project()
  return projected.points
}

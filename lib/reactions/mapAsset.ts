import { createHash } from 'node:crypto'

import { countryShapes, MAP_HEIGHT, MAP_WIDTH } from './geography'

/** Where the map's outlines are served (app/embed/world-map.svg/route.ts). */
export const MAP_ASSET_PATH = '/embed/world-map.svg'

/** The id of a country's outline in the asset: its ISO code, else its place in the atlas. */
export const shapeId = (iso2: string | null, index: number) => iso2 ?? `n${index}`

type MapAsset = { svg: string; version: string; href: string }

let asset: MapAsset | undefined

/**
 * Every country's outline once, as a standalone SVG that maps reference by id (`<use>`). The
 * outlines are most of a map's weight and the same on every page and in every language, so a
 * browser fetches them once and keeps them, under an address that changes with its content.
 */
export function mapAsset(): MapAsset {
  if (!asset) {
    const paths = countryShapes()
      .map((shape, index) => `<path id="${shapeId(shape.iso2, index)}" d="${shape.d}"/>`)
      .join('')
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}">${paths}</svg>`
    const version = createHash('sha256').update(svg).digest('hex').slice(0, 16)
    asset = { svg, version, href: `${MAP_ASSET_PATH}?v=${version}` }
  }
  return asset
}

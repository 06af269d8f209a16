/** The colour key of a stance next to its name; the colour comes from the same palette as the map. */
export function Swatch({ color }: { color: string }) {
  return <span className="swatch" aria-hidden="true" style={{ backgroundColor: color }} />
}

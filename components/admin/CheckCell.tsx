import type { DefaultServerCellComponentProps } from 'payload'

/** A checkbox in a list as ✓ or ✗, where Payload prints the raw `true` or `false`. */
export function CheckCell({ cellData, i18n }: DefaultServerCellComponentProps) {
  const checked = cellData === true
  return (
    <span
      className={`amicus-check amicus-check--${checked ? 'yes' : 'no'}`}
      role="img"
      aria-label={i18n.t(checked ? 'general:yes' : 'general:no')}
    >
      {checked ? '✓' : '✗'}
    </span>
  )
}

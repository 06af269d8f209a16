import { ChartLegend, type MapLegendItem } from '@/components/reactions/WorldMap'

export type TimelineBucket = { start: string; label: string; counts: Record<string, number> }
const WIDTH = 720
const HEIGHT = 260
const SIDE = 40
const TOP = 28
const BOTTOM = 32
const PLOT_WIDTH = WIDTH - 2 * SIDE
const PLOT_HEIGHT = HEIGHT - TOP - BOTTOM
const BASELINE = HEIGHT - BOTTOM
// About as many "May 2024"-sized labels as fit side by side; the table has every one.
const MAX_LABELS = 8

const tenths = (value: number) => Math.round(value * 10) / 10

type Props = {
  buckets: TimelineBucket[]
  legend: MapLegendItem[]
  title: string
  summary: string
  dir: 'ltr' | 'rtl'
  /** Text of the disclosure that opens the data table; the title when not given. */
  tableLabel?: string
  /** Prefix for the ids that name and describe the svg; pass one per chart when a page has several. */
  id?: string
}

/** Stacked bars of reactions over time, with the same numbers in a table for anyone who cannot read the chart. */
export function Timeline({
  buckets,
  legend,
  title,
  summary,
  dir,
  tableLabel,
  id = 'timeline',
}: Props) {
  const countOf = (bucket: TimelineBucket, category: string) => bucket.counts[category] ?? 0
  const totalOf = (bucket: TimelineBucket) =>
    legend.reduce((sum, item) => sum + countOf(bucket, item.category), 0)
  const scaleMax = Math.max(1, ...buckets.map(totalOf))
  const step = PLOT_WIDTH / Math.max(1, buckets.length)
  const barWidth = tenths(step * 0.8)
  const labelEvery = Math.ceil(buckets.length / MAX_LABELS)
  // Time runs with the reading direction: in right-to-left languages the first bucket is on the right.
  const mirror = (x: number, width = 0) => tenths(dir === 'rtl' ? WIDTH - x - width : x)
  const axisX = mirror(SIDE)

  return (
    <>
      <figure className="timeline" dir={dir}>
        {/* Unlike the map it holds no links, so it can be a single image named by its title. */}
        <svg
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          width="100%"
          preserveAspectRatio="xMidYMid meet"
          style={{ display: 'block', height: 'auto', forcedColorAdjust: 'none' }}
          role="img"
          aria-labelledby={`${id}-title`}
          aria-describedby={`${id}-desc`}
        >
          <title id={`${id}-title`}>{title}</title>
          <desc id={`${id}-desc`}>{summary}</desc>
          <g stroke="#767676" strokeWidth={1}>
            <line x1={SIDE} x2={WIDTH - SIDE} y1={TOP} y2={TOP} strokeDasharray="4 4" />
            <line x1={SIDE} x2={WIDTH - SIDE} y1={BASELINE} y2={BASELINE} />
            <line x1={axisX} x2={axisX} y1={TOP} y2={BASELINE} />
          </g>
          <g fill="currentColor" fontSize={14} textAnchor="middle">
            <text x={axisX} y={TOP - 10}>
              {scaleMax}
            </text>
            {buckets.map((bucket, index) =>
              index % labelEvery === 0 ? (
                <text key={bucket.start} x={mirror(SIDE + (index + 0.5) * step)} y={BASELINE + 22}>
                  {bucket.label}
                </text>
              ) : null,
            )}
          </g>
          {buckets.map((bucket, index) => {
            const x = mirror(SIDE + index * step + step * 0.1, barWidth)
            let top = BASELINE
            return (
              <g key={bucket.start}>
                {legend.map((item) => {
                  const count = countOf(bucket, item.category)
                  if (count === 0) return null
                  const height = (count / scaleMax) * PLOT_HEIGHT
                  top -= height
                  return (
                    <rect
                      key={item.category}
                      x={x}
                      y={tenths(top)}
                      width={barWidth}
                      height={tenths(height)}
                      fill={item.color}
                    >
                      <title>{`${bucket.label} — ${item.label}: ${count}`}</title>
                    </rect>
                  )
                })}
              </g>
            )
          })}
        </svg>
        <ChartLegend
          entries={legend.map((item) => ({
            label: item.label,
            color: item.color,
            count: buckets.reduce((sum, bucket) => sum + countOf(bucket, item.category), 0),
          }))}
        />
        <figcaption>{summary}</figcaption>
      </figure>
      <details className="timeline__data" dir={dir}>
        <summary>{tableLabel ?? title}</summary>
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <td />
              {legend.map((item) => (
                <th key={item.category} scope="col">
                  {item.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {buckets.map((bucket) => (
              <tr key={bucket.start}>
                <th scope="row">
                  <time dateTime={bucket.start}>{bucket.label}</time>
                </th>
                {legend.map((item) => (
                  <td key={item.category}>{countOf(bucket, item.category)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </>
  )
}

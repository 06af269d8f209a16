/**
 * The tracker's timeline as counts per week or month: which unit reads well for a period, and the
 * reactions counted into its buckets, quiet ones included.
 */
export type TimeUnit = 'week' | 'month'

const DAY = 86_400_000

const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10)

/** Midnight UTC on the Monday of the week, or the 1st of the month, that contains `time`. */
function unitStart(time: number, unit: TimeUnit) {
  const date = new Date(time)
  if (unit === 'month') return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1)
  const daysSinceMonday = (date.getUTCDay() + 6) % 7
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() - daysSinceMonday)
}

function nextStart(start: number, unit: TimeUnit) {
  const date = new Date(start)
  return unit === 'week'
    ? Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() + 7)
    : Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1)
}

/** Weeks while they stay few enough to read as bars (half a year), months beyond. */
export function chooseUnit(from: string, to: string): TimeUnit {
  return Date.parse(to) - Date.parse(from) <= 26 * 7 * DAY ? 'week' : 'month'
}

/**
 * Counts per category for every week (from Monday, UTC) or month between `from` and `to`, empty
 * ones included so that quiet periods show as gaps. Dates outside those buckets are ignored.
 */
export function bucketize(
  dates: { date: string; category: string }[],
  unit: TimeUnit,
  from: string,
  to: string,
): { start: string; counts: Record<string, number> }[] {
  const buckets = new Map<number, Record<string, number>>()
  const end = Date.parse(to)
  for (
    let start = unitStart(Date.parse(from), unit);
    start <= end;
    start = nextStart(start, unit)
  ) {
    buckets.set(start, {})
  }
  for (const { date, category } of dates) {
    const counts = buckets.get(unitStart(Date.parse(date), unit))
    if (counts) counts[category] = (counts[category] ?? 0) + 1
  }
  return [...buckets].map(([start, counts]) => ({ start: isoDay(start), counts }))
}

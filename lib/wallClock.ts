/**
 * Wall-clock times ("2026-12-07T09:00", what `<input type="datetime-local">` sends) in a named
 * time zone, to and from instants. Intl knows each zone's offsets; the offset at the guessed
 * instant is applied twice so that a time next to a daylight-saving change lands right.
 */

const wallTimePattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/

/** The wall-clock time of `instant` in `zone`, as a datetime-local value. */
export function wallTimeIn(instant: Date, zone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  )
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`
}

const asUtc = (wallTime: string) => {
  const match = wallTimePattern.exec(wallTime)
  if (!match) return null
  const [year, month, day, hour, minute] = match.slice(1).map(Number)
  const ms = Date.UTC(year, month - 1, day, hour, minute)
  // Date.UTC rolls 31 February over into March: such a time was never on any clock.
  return new Date(ms).toISOString().slice(0, 16) === wallTime ? ms : null
}

/** The instant a datetime-local value names in `zone`, or null when it is not one. */
export function instantOf(wallTime: string, zone: string): Date | null {
  const target = asUtc(wallTime)
  if (target === null) return null
  let guess = target
  for (let round = 0; round < 2; round++) {
    const shown = asUtc(wallTimeIn(new Date(guess), zone))
    if (shown === null) return null
    guess += target - shown
  }
  return new Date(guess)
}

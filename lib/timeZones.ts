/**
 * The time zones editors schedule in: every IANA zone this runtime lists, plus UTC, which the
 * schedule drawer offers (`admin.timezones.supportedTimezones`).
 */
export const timeZones: readonly string[] = ['UTC', ...Intl.supportedValuesOf('timeZone')]

const listed = new Set(timeZones)
const ianaName = /^[A-Z][A-Za-z_]*(\/[A-Z][A-Za-z0-9_+-]*)+$/

/**
 * A zone listed here, or another IANA name the runtime knows: the list holds one name per zone
 * and runtimes differ on which (Node 20 lists Asia/Calcutta, browsers may say Asia/Kolkata).
 * Offsets ("+02:00") and lowercase spellings, which Intl also accepts, are not names.
 */
export function isTimeZone(value: string): boolean {
  if (listed.has(value)) return true
  if (!ianaName.test(value)) return false
  try {
    new Intl.DateTimeFormat('en', { timeZone: value })
    return true
  } catch {
    return false
  }
}

export const timeZoneOption = (zone: string) => ({ label: zone.replaceAll('_', ' '), value: zone })

export const timeZoneOptions = timeZones.map(timeZoneOption)

/** A release's moment as people read it: in a time zone, named, e.g. "7 Dec 2026, 09:00 (Europe/Paris)". */
export function formatMoment(moment: string, zone: string, language = 'en'): string {
  const when = new Intl.DateTimeFormat(language, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: zone,
  }).format(new Date(moment))
  return `${when} (${zone.replaceAll('_', ' ')})`
}

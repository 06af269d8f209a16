import { createLocalReq, type Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import type { Release } from '@/payload-types'

import { approvedNow, type Drift, isDrift } from './drift'
import type { ReleaseSnapshot } from './snapshot'

export type CalendarItem = {
  statement: number
  title: string
  languages: Locale[]
  /** What stops it going out as approved; null when it is ready. */
  drift: Drift | null
}

export type CalendarRelease = Pick<
  Release,
  'id' | 'title' | 'moment' | 'status' | 'failureReason'
> & {
  items: CalendarItem[]
  reactions: number
}

export type CalendarDay = { day: string; releases: CalendarRelease[] }

/**
 * The releases still to go out (scheduled) or to see to (failed), soonest first, each statement
 * with what would stop it now: the admin's calendar.
 */
export async function upcomingReleases(payload: Payload, limit = 100): Promise<CalendarRelease[]> {
  const { docs } = await payload.find({
    collection: 'releases',
    where: { status: { in: ['scheduled', 'failed'] } },
    sort: 'moment',
    depth: 0,
    limit,
    overrideAccess: true,
  })
  const req = await createLocalReq({}, payload)
  const releases: CalendarRelease[] = []
  for (const release of docs) {
    const snapshot = release.snapshot as ReleaseSnapshot | null
    const items: CalendarItem[] = []
    for (const item of snapshot?.statements ?? []) {
      const now = release.status === 'scheduled' ? await approvedNow(req, item) : null
      items.push({
        statement: item.statement,
        title: item.title,
        languages: item.languages,
        drift: now && isDrift(now) ? now : null,
      })
    }
    releases.push({
      id: release.id,
      title: release.title,
      moment: release.moment,
      status: release.status,
      failureReason: release.failureReason,
      items,
      reactions: snapshot?.reactions.length ?? 0,
    })
  }
  return releases
}

/** The calendar day of `moment` in `zone`, as YYYY-MM-DD. */
export const dayIn = (moment: string, zone: string): string =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(moment))

/** Releases grouped by their day in the viewer's time zone, in the order given. */
export function groupByDay(releases: CalendarRelease[], zone: string): CalendarDay[] {
  const days: CalendarDay[] = []
  for (const release of releases) {
    const day = dayIn(release.moment, zone)
    const last = days.at(-1)
    if (last?.day === day) last.releases.push(release)
    else days.push({ day, releases: [release] })
  }
  return days
}

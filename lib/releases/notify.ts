import type { Payload } from 'payload'

import { editorAddresses, sendNotice } from '@/lib/email/notify'
import { env } from '@/lib/env'
import type { Release } from '@/payload-types'

import { formatMoment } from './moment'

const adminLink = (id: number) => `${env.NEXT_PUBLIC_SERVER_URL}/admin/collections/releases/${id}`

/**
 * Tells every editor that a release did not go out, and why. A failed email is logged: the
 * release shows its failure in the admin either way.
 */
export async function notifyReleaseFailed(
  payload: Payload,
  release: Pick<Release, 'id' | 'title' | 'moment' | 'moment_tz'>,
  reason: string,
): Promise<void> {
  const to = await editorAddresses(payload)
  if (to.length === 0) return
  const subject = `Release not published: ${release.title}`
  const text = `The release “${release.title}”, due ${formatMoment(release.moment, release.moment_tz)}, was not published: nothing of it went live.\n\nWhy: ${reason}\n\nOpen it: ${adminLink(release.id)}`
  await sendNotice(payload, { to, subject, text })
}

import type { DefaultServerCellComponentProps } from 'payload'
import { cache } from 'react'

import { adminLocale } from '@/i18n/label'
import { actorNamesOf, loadActorNames } from '@/lib/reactions/actorNames'
import { actorRefs } from '@/lib/reactions/fingerprint'

/** Read once per request (React's cache is request-scoped), shared by the rows of the list. */
const actorNames = cache(loadActorNames)

/**
 * Who reacted, named on the server. Payload's relationship cell fetches names only for rows in
 * view when the list loads, so rows below the fold read "<No Who>".
 */
export async function ActorsCell({ cellData, payload, i18n }: DefaultServerCellComponentProps) {
  const names = await actorNames(payload, adminLocale(i18n))
  return (
    <span>
      {actorNamesOf(actorRefs(Array.isArray(cellData) ? cellData : []), names).join(', ')}
    </span>
  )
}

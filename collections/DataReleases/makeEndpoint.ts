import type { Endpoint } from 'payload'

import { answerFailure, fail } from '@/lib/errors/answerFailure'
import { makeDataRelease } from '@/lib/dataReleases/make'
import { hasRole } from '@/lib/roles'

/**
 * `POST /api/data-releases/make`: today's data release, on an editor's demand (the admin's button
 * above the list). A day that has one already is a 409 that says so; nothing is written then.
 */
export const makeEndpoint: Endpoint = {
  path: '/make',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return answerFailure(fail(401, 'Log in to make a data release.'))
    if (!hasRole(req.user, 'admin', 'editor'))
      return answerFailure(fail(403, 'Only editors can make a data release.'))
    const outcome = await makeDataRelease(req.payload, { madeBy: 'editor', user: req.user.id })
    if (!outcome.made)
      return answerFailure(
        fail(
          409,
          `There is already a data release for ${outcome.date}: releases are made once a day at most. It stays as it was.`,
        ),
      )
    return Response.json(
      { date: outcome.date, contentHash: outcome.contentHash, url: outcome.url },
      { status: 201 },
    )
  },
}

import type { AfterErrorHook } from 'payload'

/**
 * Payload routes `/api/<collection>/versions` for every collection and fails with a 500 when the
 * collection keeps no versions (there is no table to read): the address names nothing, a 404.
 */
export const answerMissingVersions: AfterErrorHook = ({ collection, req }) => {
  if (!collection || collection.versions) return
  if (!/\/versions(\/|$)/.test(new URL(req.url ?? '/', 'http://amicus.invalid').pathname)) return
  return {
    status: 404,
    response: { errors: [{ message: `${collection.slug} keeps no versions.` }] },
  }
}

import { APIError, type CollectionBeforeOperationHook } from 'payload'

/**
 * A data release is cited by its date: what it serves must never change, so no one, not even
 * the application with overrideAccess, updates or deletes one (docs/open-data.md). Access says no
 * to requests; this says no to everything else.
 */
export const neverChange: CollectionBeforeOperationHook = ({ operation }) => {
  if (operation === 'update' || operation === 'delete')
    throw new APIError(
      'A data release never changes once made, and is never deleted: make a new one instead.',
      403,
      undefined,
      true,
    )
}

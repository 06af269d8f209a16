import type { CollectionBeforeChangeHook } from 'payload'

/**
 * Payload's edit locks (`payload-locked-documents`) take their owner from the request body, so
 * anyone signed in could post a lock in someone else's name. Whoever writes a lock holds it:
 * creating one, or taking one over, which is what the admin does when it writes a lock.
 */
export const lockBelongsToRequester: CollectionBeforeChangeHook = ({ data, req }) =>
  req.user ? { ...data, user: { relationTo: req.user.collection, value: req.user.id } } : data

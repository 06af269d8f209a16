import { type CollectionBeforeOperationHook, NotFound } from 'payload'

/**
 * Documents have serial ids. An id that is not a positive integer (`/api/statements/abc`) names
 * nothing: answer 404 before Postgres is asked to compare it with an integer and fails with a 500.
 */
export const rejectMalformedId: CollectionBeforeOperationHook = ({ args, req }) => {
  const id: unknown = 'id' in args ? args.id : undefined
  if (id !== undefined && id !== null && !/^[1-9]\d{0,15}$/.test(String(id)))
    throw new NotFound(req.t)
  return args
}

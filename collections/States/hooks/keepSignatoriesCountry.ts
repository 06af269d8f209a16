import { APIError, type CollectionBeforeDeleteHook } from 'payload'

/**
 * A State that is an organization's country stays: the organization needs one, and deleting the
 * State would leave it without (the database would refuse with a bare error).
 */
export const keepSignatoriesCountry: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const { totalDocs } = await req.payload.count({
    collection: 'signatories',
    where: { country: { equals: id } },
    overrideAccess: true,
    req,
  })
  if (totalDocs > 0)
    throw new APIError(
      `This State is the country of ${totalDocs} signatory organization(s): give them another country first.`,
      400,
      undefined,
      true,
    )
}

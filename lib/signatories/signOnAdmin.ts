import type { Where } from 'payload'

/**
 * The editors' list of signatures leaves out sign-on requests whose address was never confirmed
 * (anyone can send the form; only a confirmed request is worth an editor's time). Signatures an
 * editor entered have no request email and always show.
 */
export const editorsSignatureFilter: Where = {
  or: [
    { requestEmail: { exists: false } },
    { confirmedAt: { exists: true } },
    { status: { equals: 'verified' } },
  ],
}

/** The admin's list of confirmed requests that wait for an editor's verification. */
export const awaitingVerificationPath =
  '/admin/collections/signatures?where[and][0][status][equals]=requested&where[and][1][confirmedAt][exists]=true'

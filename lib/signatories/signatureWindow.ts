/**
 * Whether a statement takes signatures: it is published and has a closing date (a statement
 * without one is not a joint statement open to sign-on), until that moment.
 */
export type SignatureWindow = 'open' | 'closed' | 'notOpen'

export function signatureWindow(
  statement: { _status?: string | null; signatureClosesAt?: string | null },
  now = Date.now(),
): SignatureWindow {
  if (statement._status !== 'published' || !statement.signatureClosesAt) return 'notOpen'
  return new Date(statement.signatureClosesAt).getTime() > now ? 'open' : 'closed'
}

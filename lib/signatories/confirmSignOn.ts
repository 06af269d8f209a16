import type { Payload } from 'payload'

import { editorAddresses, sendNotice } from '@/lib/email/notify'
import { env } from '@/lib/env'

import { confirmationExpired, hashConfirmationToken, isWellFormedToken } from './confirmationToken'
import { awaitingVerificationPath } from './signOnAdmin'

export type Confirmation =
  { result: 'confirmed'; statementId: number } | { result: 'unknown' } | { result: 'expired' }

/**
 * The emailed link followed: the request's address is confirmed (once; following the link again
 * says so again). Nothing becomes public: the request now waits for an editor, who is told.
 */
export async function confirmSignOn(
  payload: Payload,
  token: unknown,
  now = Date.now(),
): Promise<Confirmation> {
  if (!isWellFormedToken(token)) return { result: 'unknown' }
  const { docs } = await payload.find({
    collection: 'signatures',
    where: { confirmationTokenHash: { equals: hashConfirmationToken(token) } },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    select: { statement: true, confirmedAt: true, createdAt: true },
  })
  const signature = docs[0]
  if (!signature) return { result: 'unknown' }
  const statementId =
    typeof signature.statement === 'number' ? signature.statement : signature.statement.id
  if (signature.confirmedAt) return { result: 'confirmed', statementId }
  if (confirmationExpired(signature.createdAt, now)) return { result: 'expired' }
  await payload.update({
    collection: 'signatures',
    id: signature.id,
    data: { confirmedAt: new Date(now).toISOString() },
    overrideAccess: true,
  })
  await tellEditors(payload, signature.id)
  return { result: 'confirmed', statementId }
}

/** Editors hear of a confirmed request waiting for them; a failed email is logged, not fatal. */
async function tellEditors(payload: Payload, signatureId: number) {
  const to = await editorAddresses(payload)
  if (to.length === 0) return
  const subject = 'A confirmed request to sign a statement waits for verification'
  await sendNotice(payload, {
    to,
    subject,
    text: `An organization confirmed its email address and asks to sign a statement.\n\nVerify it: ${env.NEXT_PUBLIC_SERVER_URL}/admin/collections/signatures/${signatureId}\n\nEvery request waiting: ${env.NEXT_PUBLIC_SERVER_URL}${awaitingVerificationPath}`,
  })
}

import type { Payload, PayloadRequest, SendEmailOptions } from 'payload'

import type { Role } from '@/lib/roles'

const reviewers: Role[] = ['editor', 'admin']

/** Everyone who reviews and publishes: the editors and the admins. */
export async function editorAddresses(payload: Payload, req?: PayloadRequest): Promise<string[]> {
  const { docs } = await payload.find({
    collection: 'users',
    where: { roles: { in: reviewers } },
    select: { email: true },
    depth: 0,
    limit: 100,
    overrideAccess: true,
    req,
  })
  return docs.map((user) => user.email)
}

/** A notice that cannot be sent is logged, not thrown: what it reports stands in the admin either way. */
export async function sendNotice(payload: Payload, message: SendEmailOptions): Promise<void> {
  try {
    await payload.sendEmail(message)
  } catch (error) {
    payload.logger.error({ err: error, msg: `Could not send the email “${message.subject}”` })
  }
}

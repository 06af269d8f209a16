/**
 * A valid sign-on request written: the organization (found by name, or created with its
 * contact email), its `requested` signature with the signer and the hash of the confirmation
 * link, and the email carrying that link, all in one transaction. The email is sent before the
 * commit: when it cannot be sent, nothing is kept and the reader is told to try again.
 */
import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
  ValidationError,
} from 'payload'

import { type Locale, sourceLocale } from '@/i18n/locales'
import { env } from '@/lib/env'

import { confirmationExpired, newConfirmationToken } from './confirmationToken'
import { isSameOrganization } from './organizationName'
import type { SignOnRequest } from './signOnForm'
import { signOnTranslator } from './signOnMessages'
import type { SignOnStatement } from './signOnStatement'

type LocalizedName = Partial<Record<Locale, string | null>>

/** The organizations already recorded under this name, in any of their languages. */
async function organizationsNamed(req: PayloadRequest, name: string): Promise<number[]> {
  const { docs } = await req.payload.find({
    collection: 'signatories',
    locale: 'all',
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { name: true },
    req,
  })
  // Read with `locale: 'all'`: Payload's generated types describe one locale.
  return docs
    .filter((doc) =>
      isSameOrganization(name, Object.values((doc.name ?? {}) as unknown as LocalizedName)),
    )
    .map((doc) => doc.id)
}

/**
 * Whether one of these organizations already asked to sign (or signed) the statement. A request
 * never confirmed whose link has expired does not count: it is removed, and the new one replaces it.
 */
async function alreadyAsked(
  req: PayloadRequest,
  statement: number,
  organizations: number[],
  now: number,
): Promise<boolean> {
  if (organizations.length === 0) return false
  const { docs } = await req.payload.find({
    collection: 'signatures',
    where: { statement: { equals: statement }, signatory: { in: organizations } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { status: true, confirmedAt: true, createdAt: true },
    req,
  })
  const lapsed = docs.filter(
    (doc) =>
      doc.status === 'requested' && !doc.confirmedAt && confirmationExpired(doc.createdAt, now),
  )
  if (lapsed.length < docs.length) return true
  for (const doc of lapsed)
    await req.payload.delete({ collection: 'signatures', id: doc.id, overrideAccess: true, req })
  return false
}

async function stateId(req: PayloadRequest, iso2: string): Promise<number> {
  const { docs } = await req.payload.find({
    collection: 'states',
    where: { iso2: { equals: iso2 } },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    select: { iso2: true },
    req,
  })
  if (!docs[0]) throw new Error(`No State has the code ${iso2}`)
  return docs[0].id
}

const onePerOrganization = ({ path }: { path: string }) =>
  path === 'signatory' || path === 'statement'

export type StoreResult = 'requested' | 'duplicate' | 'emailFailed'

export async function storeSignOnRequest(
  payload: Payload,
  {
    locale,
    statement,
    request,
    now = Date.now(),
  }: { locale: Locale; statement: SignOnStatement; request: SignOnRequest; now?: number },
): Promise<StoreResult> {
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    const known = await organizationsNamed(req, request.organization)
    if (await alreadyAsked(req, statement.id, known, now)) {
      await killTransaction(req)
      return 'duplicate'
    }
    const signatory =
      known[0] ??
      (
        await payload.create({
          collection: 'signatories',
          // An organization's name is entered in the source language; the others fall back to it.
          locale: sourceLocale,
          data: {
            name: request.organization,
            country: await stateId(req, request.country),
            type: request.type,
            website: request.website,
            contactEmail: request.email,
          },
          overrideAccess: true,
          req,
        })
      ).id
    const { token, hash } = newConfirmationToken()
    await payload.create({
      collection: 'signatures',
      data: {
        statement: statement.id,
        signatory,
        signedAt: new Date(now).toISOString(),
        status: 'requested',
        signerName: request.signerName,
        signerRole: request.signerRole,
        requestEmail: request.email,
        confirmationTokenHash: hash,
      },
      overrideAccess: true,
      req,
    })
    const t = signOnTranslator(locale)
    const link = `${env.NEXT_PUBLIC_SERVER_URL}/${locale}/sign/confirm?token=${token}`
    const sent = await payload
      .sendEmail({
        to: request.email,
        subject: t('emailSubject', { title: statement.title }),
        text: t('emailBody', {
          name: request.signerName,
          organization: request.organization,
          title: statement.title,
          link,
        }),
      })
      .then(
        () => true,
        (error: unknown) => {
          payload.logger.error({ err: error, msg: 'Could not send a sign-on confirmation email' })
          return false
        },
      )
    if (!sent) {
      await killTransaction(req)
      return 'emailFailed'
    }
    await commitTransaction(req)
    return 'requested'
  } catch (error) {
    await killTransaction(req)
    // Two requests for one organization at once: the second meets the first's signature.
    if (error instanceof ValidationError && error.data.errors.some(onePerOrganization))
      return 'duplicate'
    throw error
  }
}

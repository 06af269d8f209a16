import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { sourceLocale } from '@/i18n/locales'
import { relationId } from '@/lib/signatories/relations'
import type { Signature } from '@/payload-types'

/**
 * An organization signs a statement once. The database's unique index on the pair holds it
 * too; this says so in words a person can act on, before the insert fails.
 */
export const refuseSecondSignature: CollectionBeforeChangeHook<Signature> = async ({
  data,
  originalDoc,
  req,
}) => {
  const statement = relationId(data.statement ?? originalDoc?.statement)
  const signatory = relationId(data.signatory ?? originalDoc?.signatory)
  if (statement === undefined || signatory === undefined) return data
  const { docs } = await req.payload.find({
    collection: 'signatures',
    where: {
      statement: { equals: statement },
      signatory: { equals: signatory },
      ...(originalDoc?.id ? { id: { not_equals: originalDoc.id } } : {}),
    },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  if (!docs[0]) return data
  const [organization, text] = await Promise.all([
    req.payload.findByID({
      collection: 'signatories',
      id: signatory,
      locale: sourceLocale,
      depth: 0,
      overrideAccess: true,
      select: { name: true },
      req,
    }),
    req.payload.findByID({
      collection: 'statements',
      id: statement,
      locale: sourceLocale,
      depth: 0,
      draft: true,
      overrideAccess: true,
      select: { title: true },
      req,
    }),
  ])
  throw new ValidationError({
    collection: 'signatures',
    errors: [
      {
        path: 'signatory',
        message: `${organization.name ?? `Organization ${signatory}`} has already signed “${text.title ?? `statement ${statement}`}” (signature number ${docs[0].id}).`,
      },
    ],
  })
}

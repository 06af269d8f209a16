import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import type { SignatoryType } from '@/lib/signatories/kinds'
import type { User } from '@/payload-types'

import { demoStatements } from './demoStatements'

// As the rest of the seed: many writes, one invalidation at the end (scripts/seed.ts).
const context = { disableRevalidate: true, silent: true }

type SampleSignatory = {
  slug: string
  names: Partial<Record<Locale, string>> & { en: string }
  country: string
  type: SignatoryType
  signedAt: string
  verified: boolean
}

/**
 * Invented organizations signing the reference statement, named "Sample …" in every language
 * so that nobody takes them for real ones. Some have a name only in English, which the other
 * languages show in English; one signature is still waiting for verification, so never public.
 */
export const sampleSignatories: SampleSignatory[] = [
  {
    slug: 'sample-human-rights-association',
    names: {
      en: 'Sample Human Rights Association',
      fr: 'Association exemple des droits humains',
      es: 'Asociación ejemplo de derechos humanos',
      ar: 'جمعية نموذجية لحقوق الإنسان',
    },
    country: 'KE',
    type: 'member',
    signedAt: '2024-05-28',
    verified: true,
  },
  {
    slug: 'sample-victims-rights-network',
    names: {
      en: 'Sample Victims’ Rights Network',
      fr: 'Réseau exemple pour les droits des victimes',
      es: 'Red ejemplo por los derechos de las víctimas',
    },
    country: 'CO',
    type: 'member',
    signedAt: '2024-05-29',
    verified: true,
  },
  {
    slug: 'sample-legal-aid-collective',
    names: { en: 'Sample Legal Aid Collective', fr: 'Collectif exemple d’aide juridique' },
    country: 'SN',
    type: 'partner',
    signedAt: '2024-05-29',
    verified: true,
  },
  {
    slug: 'sample-justice-foundation',
    names: { en: 'Sample Justice Foundation' },
    country: 'NL',
    type: 'partner',
    signedAt: '2024-05-30',
    verified: true,
  },
  {
    slug: 'sample-rule-of-law-institute',
    names: {
      en: 'Sample Rule of Law Institute',
      fr: 'Institut exemple pour l’état de droit',
      ar: 'معهد نموذجي لسيادة القانون',
    },
    country: 'KE',
    type: 'member',
    signedAt: '2024-05-30',
    verified: true,
  },
  {
    slug: 'sample-independent-jurist',
    names: { en: 'Sample Independent Jurist', es: 'Jurista independiente de ejemplo' },
    country: 'AR',
    type: 'individual',
    signedAt: '2024-05-31',
    verified: false,
  },
]

/**
 * The sample signatories of the reference statement, added when missing (matched by slug);
 * verified by `editor`, as an editor would. Returns how many signatures were added.
 */
export async function seedSignatories(payload: Payload, editor: User): Promise<number> {
  const reference = await payload.find({
    collection: 'statements',
    locale: 'en',
    where: { slug: { equals: demoStatements[0].versions.en.slug } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const statement = reference.docs[0]
  if (!statement) return 0
  let added = 0
  for (const sample of sampleSignatories) {
    const existing = await payload.find({
      collection: 'signatories',
      where: { slug: { equals: sample.slug } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    if (existing.docs[0]) continue
    const state = await payload.find({
      collection: 'states',
      where: { iso2: { equals: sample.country } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    if (!state.docs[0]) continue
    const { en, ...others } = sample.names
    const signatory = await payload.create({
      collection: 'signatories',
      locale: 'en',
      data: {
        name: en,
        slug: sample.slug,
        country: state.docs[0].id,
        type: sample.type,
        website: `https://example.org/${sample.slug}`,
      },
      overrideAccess: true,
      context,
    })
    for (const [locale, name] of Object.entries(others) as [Locale, string][]) {
      await payload.update({
        collection: 'signatories',
        id: signatory.id,
        locale,
        data: { name },
        overrideAccess: true,
        context,
      })
    }
    await payload.create({
      collection: 'signatures',
      data: {
        statement: statement.id,
        signatory: signatory.id,
        signedAt: sample.signedAt,
        status: sample.verified ? 'verified' : 'requested',
      },
      user: editor,
      context,
    })
    added++
  }
  return added
}

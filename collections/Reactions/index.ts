import { type CollectionBeforeChangeHook, type CollectionConfig, ValidationError } from 'payload'

import { isEditor } from '@/access/isEditor'
import { isStaffField } from '@/access/isStaffField'
import { systemOnly } from '@/access/systemOnly'
import { verifiedOrStaff } from '@/access/verifiedOrStaff'
import { limitLength } from '@/fields/lengthLimit'
import { lockRowForUpdate } from '@/hooks/lockRowForUpdate'
import { rejectMalformedId } from '@/hooks/rejectMalformedId'
import { revalidateReactions, revalidateReactionsDelete } from '@/hooks/revalidateReactions'
import { dayOnly } from '@/fields/dayOnly'
import { adminText } from '@/i18n/adminText'
import { collectionLabels } from '@/i18n/label'
import { actorRefs, reactionFingerprint } from '@/lib/reactions/fingerprint'
import { stances } from '@/lib/reactions/stances'
import { refuseWhileHeld } from '@/lib/releases/hold'
import { isWebUrl } from '@/lib/text/webUrl'
import type { Reaction } from '@/payload-types'

import { correctionFields } from './correctionFields'
import { logCorrection } from './hooks/logCorrection'
import { reactionImportEndpoint } from './importEndpoint'
import { archivedUrlField, forgetOldSourceCheck, sourceCheckFields } from './sourceCheckFields'

/** Same actors, day and source: the same reaction, recorded once (see lib/reactions/fingerprint.ts). */
const fingerprint: CollectionBeforeChangeHook<Reaction> = async ({ data, originalDoc, req }) => {
  if (!data.date || !data.sourceUrl || !isWebUrl(data.sourceUrl)) return data
  const print = reactionFingerprint(actorRefs(data.actors), data.date, data.sourceUrl)
  const { docs } = await req.payload.find({
    collection: 'reactions',
    where: {
      fingerprint: { equals: print },
      ...(originalDoc?.id ? { id: { not_equals: originalDoc.id } } : {}),
    },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  if (docs[0]) {
    throw new ValidationError({
      collection: 'reactions',
      errors: [
        {
          path: 'sourceUrl',
          message: `This reaction is already recorded (same actors, date and source): number ${docs[0].id}.`,
        },
      ],
    })
  }
  return { ...data, fingerprint: print }
}

/** A reaction a scheduled release holds is verified by the release at its moment (lib/releases). */
const holdForRelease: CollectionBeforeChangeHook<Reaction> = async ({ data, originalDoc, req }) => {
  if (originalDoc?.id && data.verified && !originalDoc.verified)
    await refuseWhileHeld(req, { reaction: originalDoc.id }, 'verified')
  return data
}

const checkCell = '@/components/admin/CheckCell#CheckCell'

/**
 * How a State or organization reacted, with its source. Only reactions an editor verified are
 * public and counted; sample reactions (demo data) are labelled as such wherever they show.
 */
export const Reactions: CollectionConfig = {
  slug: 'reactions',
  labels: collectionLabels(adminText.reaction, adminText.reactions),
  admin: {
    useAsTitle: 'sourceTitle',
    defaultColumns: [
      'date',
      'actors',
      'stance',
      'sourceTitle',
      'verified',
      'sample',
      'sourceCheckStatus',
    ],
    group: adminText.tracker,
    components: {
      beforeList: [
        '@/components/admin/ReactionImportPanel#ReactionImportPanel',
        '@/components/admin/SourceProblemsPanel#SourceProblemsPanel',
      ],
    },
  },
  endpoints: [reactionImportEndpoint],
  access: { read: verifiedOrStaff, create: isEditor, update: isEditor, delete: isEditor },
  defaultSort: '-date',
  fields: [
    {
      name: 'actors',
      label: adminText.actors,
      type: 'relationship',
      relationTo: ['states', 'organizations'],
      hasMany: true,
      required: true,
      minRows: 1,
      admin: {
        description: adminText.actorsHelp,
        components: { Cell: '@/components/admin/ActorsCell#ActorsCell' },
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'date',
          label: adminText.reactionDate,
          type: 'date',
          required: true,
          index: true,
          admin: { width: '33%', date: dayOnly },
        },
        {
          name: 'stance',
          label: adminText.stance,
          type: 'select',
          required: true,
          index: true,
          options: stances.map(({ value, label }) => ({ value, label })),
          admin: { width: '67%' },
        },
      ],
    },
    limitLength('reactionSummary', {
      name: 'summary',
      label: adminText.summary,
      type: 'textarea',
      localized: true,
      admin: { description: adminText.summaryHelp },
    }),
    {
      type: 'row',
      fields: [
        limitLength('reactionQuote', {
          name: 'quote',
          label: adminText.quote,
          type: 'textarea',
          admin: { width: '75%', description: adminText.quoteHelp },
        }),
        {
          name: 'quoteLanguage',
          label: adminText.quoteLanguage,
          type: 'text',
          maxLength: 12,
          admin: { width: '25%', description: 'en, fr, es, ar, de …' },
        },
      ],
    },
    {
      name: 'sourceUrl',
      label: adminText.sourceUrl,
      type: 'text',
      required: true,
      validate: (value: string | null | undefined) =>
        (typeof value === 'string' && isWebUrl(value)) ||
        'The source must be a web address starting with https:// or http://.',
    },
    archivedUrlField,
    {
      type: 'row',
      fields: [
        {
          name: 'sourceTitle',
          label: adminText.sourceTitle,
          type: 'text',
          required: true,
          admin: { width: '60%' },
        },
        {
          name: 'sourcePublisher',
          label: adminText.sourcePublisher,
          type: 'text',
          admin: { width: '40%' },
        },
      ],
    },
    {
      name: 'relatedStatements',
      label: adminText.relatedStatements,
      type: 'relationship',
      relationTo: 'statements',
      hasMany: true,
    },
    {
      name: 'verified',
      label: adminText.verified,
      type: 'checkbox',
      defaultValue: false,
      index: true,
      admin: {
        position: 'sidebar',
        components: { Cell: checkCell },
        description: adminText.verifiedHelp,
      },
    },
    {
      name: 'sample',
      label: adminText.sample,
      type: 'checkbox',
      defaultValue: false,
      admin: {
        position: 'sidebar',
        components: { Cell: checkCell },
        description: adminText.sampleHelp,
      },
    },
    ...correctionFields,
    {
      name: 'editorNotes',
      label: adminText.editorNotes,
      type: 'textarea',
      access: { read: isStaffField },
      admin: { position: 'sidebar', description: adminText.editorNotesHelp },
    },
    {
      name: 'fingerprint',
      type: 'text',
      unique: true,
      index: true,
      access: { create: systemOnly, update: systemOnly },
      admin: { hidden: true },
    },
    ...sourceCheckFields,
  ],
  hooks: {
    beforeOperation: [rejectMalformedId, lockRowForUpdate],
    beforeChange: [holdForRelease, fingerprint, logCorrection, forgetOldSourceCheck],
    afterChange: [revalidateReactions],
    afterDelete: [revalidateReactionsDelete],
  },
}

import type { PayloadRequest } from 'payload'

import { type Locale, sourceLocale, type TargetLocale, isTargetLocale } from '@/i18n/locales'
import { sourceRevision, sourceTextOf } from '@/lib/translations/source'
import type { Statement, Translation } from '@/payload-types'

import { idOf } from './hold'
import type { StatementState } from './snapshot'

export type EnglishDraft = { versionId: string | number; doc: Statement }

/**
 * The statement's latest version in English: what publishing it would make live. Drafts are
 * saved as versions only, so this, not the statement's own row, is the editor's current text.
 */
export async function latestEnglishDraft(
  req: PayloadRequest,
  statement: number,
): Promise<EnglishDraft | null> {
  const {
    docs: [latest],
  } = await req.payload.findVersions({
    collection: 'statements',
    where: { parent: { equals: statement } },
    sort: '-updatedAt',
    limit: 1,
    locale: sourceLocale,
    fallbackLocale: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return latest ? { versionId: latest.id, doc: latest.version as Statement } : null
}

/** The latest accepted translation of the statement in each of `languages`. */
export async function acceptedTranslations(
  req: PayloadRequest,
  statement: number,
  languages: Locale[],
): Promise<Partial<Record<TargetLocale, Translation>>> {
  const targets = languages.filter(isTargetLocale)
  if (targets.length === 0) return {}
  const { docs } = await req.payload.find({
    collection: 'translations',
    where: {
      and: [
        { statement: { equals: statement } },
        { status: { equals: 'accepted' } },
        { locale: { in: targets } },
      ],
    },
    sort: '-reviewedAt',
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const latest: Partial<Record<TargetLocale, Translation>> = {}
  for (const doc of docs) if (isTargetLocale(doc.locale)) latest[doc.locale] ??= doc
  return latest
}

/** What approval checks about one statement of a release (see snapshot.ts for the rules). */
export async function readStatementState(
  req: PayloadRequest,
  item: { statement: number | Statement; languages: Locale[] },
  otherRelease: string | null,
): Promise<{ state: StatementState; draft: EnglishDraft | null; translations: Translation[] }> {
  const statement = idOf(item.statement)
  const draft = await latestEnglishDraft(req, statement)
  const title = draft?.doc.title?.trim()
  const accepted = await acceptedTranslations(req, statement, item.languages)
  return {
    draft,
    translations: Object.values(accepted),
    state: {
      statement,
      languages: item.languages,
      draft: draft && title ? { title, revision: sourceRevision(sourceTextOf(draft.doc)) } : null,
      accepted: Object.fromEntries(
        Object.entries(accepted).map(([locale, doc]) => [
          locale,
          { id: doc.id, sourceRevision: doc.sourceRevision ?? null },
        ]),
      ),
      inRelease: otherRelease,
    },
  }
}

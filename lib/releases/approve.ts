import { type PayloadRequest, ValidationError } from 'payload'

import type { Locale, TargetLocale } from '@/i18n/locales'
import type { Reaction, Statement } from '@/payload-types'

import { idOf } from './hold'
import {
  draftFingerprint,
  duplicateProblems,
  type ReleaseSnapshot,
  refusalMessage,
  statementProblems,
  type StatementApproval,
} from './snapshot'
import { readStatementState } from './statementState'

export type ReleaseItems = {
  /** The release's id, when it exists already. */
  id?: number
  statements: { statement: number | Statement; languages: Locale[] }[]
  reactions: (number | Reaction)[]
}

/** Which other scheduled release already holds each statement and reaction of this one. */
async function otherReleases(req: PayloadRequest, items: ReleaseItems, reactions: number[]) {
  const statements = items.statements.map((item) => idOf(item.statement))
  const { docs } = await req.payload.find({
    collection: 'releases',
    where: {
      and: [
        { status: { equals: 'scheduled' } },
        ...(items.id ? [{ id: { not_equals: items.id } }] : []),
        {
          or: [{ 'statements.statement': { in: statements } }, { reactions: { in: reactions } }],
        },
      ],
    },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const byStatement = new Map<number, string>()
  const byReaction = new Map<number, string>()
  for (const release of docs) {
    for (const item of release.statements ?? [])
      byStatement.set(idOf(item.statement), release.title)
    for (const reaction of release.reactions ?? []) byReaction.set(idOf(reaction), release.title)
  }
  return { byStatement, byReaction }
}

async function reactionProblems(
  req: PayloadRequest,
  reactions: number[],
  byReaction: Map<number, string>,
): Promise<string[]> {
  if (reactions.length === 0) return []
  const { docs } = await req.payload.find({
    collection: 'reactions',
    where: { id: { in: reactions } },
    select: { sourceTitle: true, verified: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs.flatMap((reaction) => {
    const name = `The reaction “${reaction.sourceTitle}”`
    if (reaction.verified)
      return [`${name} is verified, and so public already: a release holds what is not public yet.`]
    const other = byReaction.get(reaction.id)
    return other ? [`${name} is already in the scheduled release “${other}”.`] : []
  })
}

/**
 * Scheduling a release is approving it: each statement's English draft and each chosen
 * language's accepted translation must be ready, or nothing is stored and the editor reads what
 * is missing. What is approved is kept as the snapshot the moment publishes, and nothing else.
 */
export async function approveRelease(
  req: PayloadRequest,
  items: ReleaseItems,
): Promise<ReleaseSnapshot> {
  const reactions = items.reactions.map(idOf)
  const { byStatement, byReaction } = await otherReleases(req, items, reactions)
  const read = []
  for (const item of items.statements)
    read.push(await readStatementState(req, item, byStatement.get(idOf(item.statement)) ?? null))
  const states = read.map(({ state }) => state)
  const problems = [
    ...(items.statements.length + reactions.length === 0
      ? ['Add at least one statement or reaction.']
      : []),
    ...duplicateProblems(states),
    ...states.flatMap(statementProblems),
    ...(await reactionProblems(req, reactions, byReaction)),
  ]
  if (problems.length > 0)
    throw new ValidationError({
      collection: 'releases',
      errors: [{ path: 'statements', message: refusalMessage(problems) }],
    })

  const statements = read.flatMap(({ state, draft, translations }): StatementApproval[] => {
    // Always there: a statement without them has a problem above.
    if (!draft || !state.draft) return []
    const { versionId, doc } = draft
    return [
      {
        statement: state.statement,
        title: state.draft.title,
        languages: state.languages,
        versionId,
        fingerprint: draftFingerprint(doc),
        translations: Object.fromEntries(
          translations.map((translation) => [
            translation.locale as TargetLocale,
            { id: translation.id, acceptedAt: translation.reviewedAt ?? translation.updatedAt },
          ]),
        ),
      },
    ]
  })
  return { approvedAt: new Date().toISOString(), statements, reactions }
}

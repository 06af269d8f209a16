import type { PayloadRequest } from 'payload'

import { localeInfo, type TargetLocale } from '@/i18n/locales'
import { canTranslateInto } from '@/lib/translations/workflow'
import type { TranslationJob, User } from '@/payload-types'

import { pendingJobStatuses } from './rules'

/** The job in progress for the statement in `locale`, if there is one (there is one at most). */
export async function pendingJob(
  req: PayloadRequest,
  statement: number,
  locale: TargetLocale,
): Promise<TranslationJob | null> {
  const { docs } = await req.payload.find({
    collection: 'translation-jobs',
    where: {
      and: [
        { statement: { equals: statement } },
        { locale: { equals: locale } },
        { status: { in: pendingJobStatuses } },
      ],
    },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs[0] ?? null
}

/** An account's name as the newsroom knows it. */
export const personName = (user: Pick<User, 'name' | 'email'>) => user.name || user.email

/** Why account `id` cannot be given a job in `locale`, or null when they can. */
export async function assigneeProblem(
  req: PayloadRequest,
  id: number,
  locale: TargetLocale,
): Promise<string | null> {
  const user = await req.payload
    .findByID({ collection: 'users', id, depth: 0, overrideAccess: true, req })
    .catch(() => null)
  if (!user) return `There is no account number ${id} to assign.`
  if (canTranslateInto(user, locale)) return null
  return `${personName(user)} does not translate into ${localeInfo(locale).label}: choose someone who does.`
}

/** The translators a job may be given to, by name, with the languages they translate into. */
export async function translatorsToAssign(
  req: PayloadRequest,
): Promise<Pick<User, 'id' | 'name' | 'email' | 'languages'>[]> {
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { and: [{ roles: { contains: 'translator' } }, { languages: { exists: true } }] },
    select: { name: true, email: true, languages: true },
    sort: 'name',
    depth: 0,
    limit: 500,
    overrideAccess: true,
    req,
  })
  return docs
}

export type PendingJob = Pick<TranslationJob, 'id' | 'locale' | 'assignee' | 'dueAt' | 'status'>

/** The jobs in progress for a statement, their assignees read. */
export async function pendingJobsOf(req: PayloadRequest, statement: number): Promise<PendingJob[]> {
  const { docs } = await req.payload.find({
    collection: 'translation-jobs',
    where: {
      and: [{ statement: { equals: statement } }, { status: { in: pendingJobStatuses } }],
    },
    select: { locale: true, assignee: true, dueAt: true, status: true },
    depth: 1,
    limit: 10,
    overrideAccess: true,
    req,
  })
  return docs
}

import { commitTransaction, type Endpoint, initTransaction, killTransaction } from 'payload'

import { answerFailure, answerWriteError, fail } from '@/lib/errors/answerFailure'
import { hasRole } from '@/lib/roles'
import { readAskForm } from '@/lib/translationJobs/askForm'
import { notifyAssignment } from '@/lib/translationJobs/notify'
import type { TranslationJob } from '@/payload-types'

/**
 * POST /api/translation-jobs/ask (a plain form from the statement's languages panel: statement,
 * one `locale` per language, assignee, dueAt, note): one job per language, all or none, then back
 * to the statement (303). The collection's hook checks each job; its refusal names the language.
 */
export const askEndpoint: Endpoint = {
  path: '/ask',
  method: 'post',
  handler: async (req) => {
    const { user } = req
    if (!user) return answerFailure(fail(401, 'Log in to ask for translations.'))
    if (!hasRole(user, 'admin', 'editor'))
      return answerFailure(fail(403, 'Only editors ask for translations.'))
    const form = req.formData ? await req.formData().catch(() => null) : null
    if (!form) return answerFailure(fail(400, 'Send the statement and languages as a form.'))
    const ask = readAskForm(form, user.timeZone)
    if ('problems' in ask)
      return answerFailure({ status: 400, errors: ask.problems.map((message) => ({ message })) })

    const created: TranslationJob[] = []
    const owned = await initTransaction(req)
    try {
      for (const locale of ask.locales) {
        created.push(
          await req.payload.create({
            collection: 'translation-jobs',
            data: {
              statement: ask.statement,
              locale,
              assignee: ask.assignee,
              dueAt: ask.dueAt,
              note: ask.note,
              status: 'open',
            },
            depth: 0,
            overrideAccess: false,
            user,
            context: { assignmentNoticeLater: true },
            req,
          }),
        )
      }
      if (owned) await commitTransaction(req)
    } catch (error) {
      if (owned) await killTransaction(req)
      return answerWriteError(req, error, 'Asking for translations')
    }
    // Once every job is saved: one email per assignee, naming each language.
    await notifyAssignment(req.payload, created, req)
    return new Response(null, {
      status: 303,
      headers: { location: `/admin/collections/statements/${ask.statement}` },
    })
  },
}

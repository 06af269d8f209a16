import type { I18nClient } from '@payloadcms/translations'
import type { PayloadRequest } from 'payload'

import { adminText } from '@/i18n/adminText'
import { inAdminLanguage } from '@/i18n/label'
import { type Locale, targetLocales } from '@/i18n/locales'
import { releaseDue } from '@/lib/translationJobs/dueDate'
import { type PendingJob, personName, translatorsToAssign } from '@/lib/translationJobs/jobs'
import { isTimeZone } from '@/lib/timeZones'
import { wallTimeIn } from '@/lib/wallClock'

import { languageName } from './adminLanguage'
import { AskForTranslationForm } from './AskForTranslationForm.client'

const formId = 'amicus-ask-translation'

/**
 * "Ask for translation" on a statement: the languages not asked for yet, a translator, a due
 * date (a day before the statement's release, when one publishes it) and a note. Posts to
 * /api/translation-jobs/ask, which comes back here.
 */
export async function AskForTranslation({
  statement,
  pending,
  req,
  i18n,
}: {
  statement: number
  pending: PendingJob[]
  req: PayloadRequest
  i18n: I18nClient
}) {
  const asked = new Set(pending.map((job) => job.locale))
  const open = targetLocales.filter((locale) => !asked.has(locale))
  if (open.length === 0) return null
  const [translators, release] = await Promise.all([
    translatorsToAssign(req),
    releaseDue(req, statement),
  ])
  const zone = req.user?.timeZone && isTimeZone(req.user.timeZone) ? req.user.timeZone : 'UTC'
  const t = (label: keyof typeof adminText) => inAdminLanguage(adminText[label], i18n)
  return (
    <details className="amicus-ask">
      <summary>{t('askForTranslation')}</summary>
      <AskForTranslationForm id={formId} action="/api/translation-jobs/ask" />
      <input type="hidden" name="statement" value={statement} form={formId} />
      <fieldset>
        <legend>{t('languages')}</legend>
        {open.map((locale) => (
          <label key={locale}>
            <input type="checkbox" name="locale" value={locale} form={formId} />{' '}
            {languageName(locale)}
          </label>
        ))}
      </fieldset>
      <label>
        {t('jobAssignee')}
        <select name="assignee" form={formId} defaultValue="">
          <option value="">{t('askNobody')}</option>
          {translators.map((user) => (
            <option key={user.id} value={user.id}>
              {personName(user)} (
              {(user.languages ?? []).map((code) => languageName(code as Locale)).join(', ')})
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('jobDueAt')} <small>({`${t('askDueHelp')}: ${zone}`})</small>
        <input
          type="datetime-local"
          name="dueAt"
          form={formId}
          defaultValue={release ? wallTimeIn(new Date(release.dueAt), zone) : ''}
        />
        {release ? (
          <small>
            {t('askReleaseDue')} “{release.title}”
          </small>
        ) : null}
      </label>
      <label>
        {t('jobNote')}
        <textarea name="note" form={formId} rows={2} />
      </label>
      <button type="submit" form={formId} className="btn btn--style-primary btn--size-small">
        {t('askSubmit')}
      </button>
    </details>
  )
}

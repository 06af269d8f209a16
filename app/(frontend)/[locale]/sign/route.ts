import { hasLocale } from 'next-intl'

import { type Locale, localeCodes } from '@/i18n/locales'
import { payloadClient } from '@/lib/data/payload'
import { signOnCountries, signOnStatement } from '@/lib/data/signOn'
import { env } from '@/lib/env'
import { localized, paths } from '@/lib/paths'
import { escapeHtml, paragraph, shortPage } from '@/lib/proxy/answers'
import { clientAddress } from '@/lib/security/rateLimits'
import { formValues, honeypotField, stampField } from '@/lib/signatories/signOnForm'
import { signOnFormView } from '@/lib/signatories/signOnFormView'
import { closingDate, signOnTranslator } from '@/lib/signatories/signOnMessages'
import type { Refusal } from '@/lib/signatories/signOnProblems'
import { requestSignature } from '@/lib/signatories/signOnRequest'
import type { SignOnStatement } from '@/lib/signatories/signOnStatement'

import { signOnFormHtml } from './formHtml'

type Context = { params: Promise<{ locale: string }> }

/** Only our own pages post here: a form on another site cannot ask in a reader's name. */
function sameOrigin(request: Request): boolean {
  const origin = request.headers.get('origin')
  if (!origin) return true
  return (
    origin === new URL(env.NEXT_PUBLIC_SERVER_URL).origin || origin === new URL(request.url).origin
  )
}

const backLink = (href: string, label: string) =>
  `<p><a href="${escapeHtml(href)}">${escapeHtml(label)}</a></p>`

/** A refused request: each problem, and the form again (with what was typed, unless trapped). */
async function refusedPage(
  locale: Locale,
  statement: SignOnStatement,
  form: FormData,
  refusal: Refusal,
) {
  const view = signOnFormView({
    locale,
    statement,
    countries: await signOnCountries(locale),
    values: refusal.keepValues ? formValues(form) : {},
    problems: refusal.problems,
    retryAfter: refusal.retryAfter,
  })
  const headers: Record<string, string> = refusal.retryAfter
    ? { 'retry-after': String(refusal.retryAfter) }
    : {}
  // Once signatures are closed (or were never open) there is no form to send again.
  const body =
    statement.window === 'open'
      ? paragraph(view.intro) + paragraph(view.privacy) + signOnFormHtml(view)
      : `<ul>${view.problems.map((problem) => `<li>${escapeHtml(problem.message)}</li>`).join('')}</ul>`
  return shortPage(
    locale,
    refusal.status,
    view.title,
    body + backLink(view.back.href, view.back.label),
    headers,
  )
}

/** POST /[locale]/sign: a request to sign a statement, sent by the form of its sign page. */
export async function POST(request: Request, { params }: Context) {
  const { locale } = await params
  if (!hasLocale(localeCodes, locale)) return new Response('Not found', { status: 404 })
  const t = signOnTranslator(locale)
  if (!sameOrigin(request)) return shortPage(locale, 403, t('problems.stampMissing'), '')
  let form: FormData
  try {
    form = await request.formData()
  } catch {
    return shortPage(locale, 400, t('problems.stampMissing'), '')
  }
  const id = Number(form.get('statement'))
  const statement = Number.isSafeInteger(id) && id > 0 ? await signOnStatement(locale, id) : null
  if (!statement) return shortPage(locale, 409, t('problems.notOpen'), '')

  const countries = await signOnCountries(locale)
  const outcome = await requestSignature(await payloadClient(), {
    locale,
    statement,
    values: formValues(form),
    stamp: form.get(stampField),
    honeypot: form.get(honeypotField),
    client: clientAddress(request.headers),
    stateCodes: new Set(countries.map((country) => country.value)),
  })
  if (!outcome.ok) return refusedPage(locale, statement, form, outcome.refusal)
  const date = statement.closesAt ? closingDate(locale, statement.closesAt) : ''
  return shortPage(
    locale,
    200,
    t('sentTitle'),
    paragraph(t('sent', { email: outcome.email, title: statement.title })) +
      paragraph(t('intro', { date })) +
      backLink(localized(locale, paths.statement(statement.slug)), t('back')),
  )
}

/**
 * What the sign-on form shows, in the reader's language: each field with its label, hint, value
 * and problem, and the problems above it. The page renders it with React, and the answer to a
 * refused form (a route handler, which has no React renderer) as HTML: both from this one view.
 */
import type { Locale } from '@/i18n/locales'
import { localized, paths } from '@/lib/paths'

import { formStamp } from './formStamp'
import { type SignatoryType, signatoryTypes } from './kinds'
import {
  honeypotField as honeypotName,
  type SignOnField,
  type SignOnValues,
  stampField,
} from './signOnForm'
import { closingDate, signOnTranslator } from './signOnMessages'
import type { Problem } from './signOnProblems'
import type { SignOnStatement } from './signOnStatement'

export type Choice = { value: string; label: string }

type Input =
  | { kind: 'text' | 'email' | 'url'; autoComplete?: string; maxLength: number }
  | { kind: 'select'; placeholder: string; choices: Choice[] }
  | { kind: 'radio'; choices: Choice[] }
  | { kind: 'checkbox' }

export type FieldView = {
  name: SignOnField
  id: string
  label: string
  hint?: string
  value: string
  required: boolean
  problem?: string
  input: Input
}

export type SignOnFormView = {
  locale: Locale
  title: string
  intro: string
  privacy: string
  action: string
  statementId: number
  stamp: { name: string; value: string }
  honeypot: { name: string; id: string; label: string }
  problemsHeading: string | null
  /** Every problem, each linking to its field when it has one. */
  problems: { message: string; fieldId?: string }[]
  fields: FieldView[]
  submit: string
  back: { href: string; label: string }
}

export const fieldId = (name: string) => `sign-on-${name}`

const typeLabels = {
  member: 'typeMember',
  partner: 'typePartner',
  individual: 'typeIndividual',
} as const satisfies Record<SignatoryType, string>

export function signOnFormView({
  locale,
  statement,
  countries,
  values = {},
  problems = [],
  retryAfter = 0,
  now = Date.now(),
}: {
  locale: Locale
  statement: SignOnStatement
  /** The tracker's States, named and sorted in the reader's language. */
  countries: Choice[]
  values?: SignOnValues
  problems?: Problem[]
  /** Seconds until a client over its limit may try again. */
  retryAfter?: number
  now?: number
}): SignOnFormView {
  const t = signOnTranslator(locale)
  const date = statement.closesAt ? closingDate(locale, statement.closesAt) : ''
  const described = problems.map((problem) => ({
    field: problem.field,
    message: t(`problems.${problem.key}`, { date, minutes: Math.ceil(retryAfter / 60) }),
  }))
  const problemOf = (name: SignOnField) => described.find((item) => item.field === name)?.message
  const field = (
    name: SignOnField,
    input: Input,
    options: { hint?: string; required?: boolean } = {},
  ): FieldView => ({
    name,
    id: fieldId(name),
    label: t(name),
    hint: options.hint,
    value: values[name] ?? '',
    required: options.required ?? true,
    problem: problemOf(name),
    input,
  })
  return {
    locale,
    title: t('title', { title: statement.title }),
    intro: t('intro', { date }),
    privacy: t('privacy'),
    action: localized(locale, '/sign'),
    statementId: statement.id,
    stamp: { name: stampField, value: formStamp(now) },
    honeypot: { name: honeypotName, id: fieldId(honeypotName), label: t('honeypot') },
    problemsHeading: described.length ? t('problemsHeading', { count: described.length }) : null,
    problems: described.map(({ field: name, message }) => ({
      message,
      fieldId: name ? fieldId(name) : undefined,
    })),
    fields: [
      field('organization', { kind: 'text', autoComplete: 'organization', maxLength: 200 }),
      field('country', {
        kind: 'select',
        placeholder: t('chooseCountry'),
        choices: countries,
      }),
      field(
        'website',
        { kind: 'url', autoComplete: 'url', maxLength: 300 },
        { hint: t('websiteHint'), required: false },
      ),
      field('type', {
        kind: 'radio',
        choices: signatoryTypes.map(({ value }) => ({
          value,
          label: t(typeLabels[value]),
        })),
      }),
      field(
        'email',
        { kind: 'email', autoComplete: 'email', maxLength: 254 },
        { hint: t('emailHint') },
      ),
      field('signerName', { kind: 'text', autoComplete: 'name', maxLength: 120 }),
      field('signerRole', { kind: 'text', autoComplete: 'organization-title', maxLength: 120 }),
      field('authorized', { kind: 'checkbox' }),
    ],
    submit: t('submit'),
    back: { href: localized(locale, paths.statement(statement.slug)), label: t('back') },
  }
}

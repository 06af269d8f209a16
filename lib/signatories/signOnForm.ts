/**
 * The public sign-on form: its fields, and what each must hold. Problems are message keys of the
 * `SignOn.problems` namespace, so the reader gets them in their language.
 */
import { z } from 'zod'

import { isWebUrl } from '@/lib/text/webUrl'

import { type SignatoryType, signatoryTypes } from './kinds'

const typeValues = signatoryTypes.map(({ value }) => value) as [SignatoryType, ...SignatoryType[]]

/** The form's field names, shared by the page, the handler and the tests. */
export const signOnFieldNames = [
  'organization',
  'country',
  'website',
  'type',
  'email',
  'signerName',
  'signerRole',
  'authorized',
] as const
export type SignOnField = (typeof signOnFieldNames)[number]

/** The hidden fields that tell a person from a script (lib/signatories/formStamp.ts). */
export const stampField = 'stamp'
/** Hidden from people (off-screen, no tab stop); a script filling every field fills it too. */
export const honeypotField = 'nickname'

export type SignOnProblem =
  | 'organizationRequired'
  | 'organizationTooLong'
  | 'countryRequired'
  | 'countryUnknown'
  | 'websiteInvalid'
  | 'typeInvalid'
  | 'emailInvalid'
  | 'signerNameRequired'
  | 'signerRoleRequired'
  | 'textTooLong'
  | 'authorizationMissing'

export type SignOnRequest = {
  organization: string
  country: string
  website: string | null
  type: SignatoryType
  email: string
  signerName: string
  signerRole: string
  authorized: true
}

/** Long enough for any organization's full name, short enough to keep pages and emails readable. */
const maxName = 200
const maxText = 120

const text = z.string().trim().catch('')
const required = (problem: SignOnProblem, max = maxText, tooLong: SignOnProblem = 'textTooLong') =>
  text.pipe(z.string().min(1, { error: problem, abort: true }).max(max, { error: tooLong }))

/** The form's schema, against the ISO codes of the tracker's States. */
export function signOnSchema(stateCodes: ReadonlySet<string>) {
  return z.object({
    organization: required('organizationRequired', maxName, 'organizationTooLong'),
    country: text
      .transform((value) => value.toUpperCase())
      .pipe(z.string().min(1, { error: 'countryRequired', abort: true }))
      .refine((code) => stateCodes.has(code), { error: 'countryUnknown' }),
    website: text
      .refine((value) => value === '' || (value.length <= 300 && isWebUrl(value)), {
        error: 'websiteInvalid',
      })
      .transform((value) => value || null),
    type: z.enum(typeValues, { error: 'typeInvalid' }),
    email: text.pipe(z.email({ error: 'emailInvalid' }).max(254, { error: 'emailInvalid' })),
    signerName: required('signerNameRequired'),
    signerRole: required('signerRoleRequired'),
    // An HTML checkbox sends its value when ticked and nothing otherwise.
    authorized: z.literal('on', { error: 'authorizationMissing' }).transform((): true => true),
  })
}

export type SignOnValues = Partial<Record<SignOnField, string>>

/** What the reader typed, as text, to show the form again with it. */
export function formValues(form: FormData): SignOnValues {
  const values: SignOnValues = {}
  for (const name of signOnFieldNames) {
    const value = form.get(name)
    if (typeof value === 'string') values[name] = value
  }
  return values
}

export type SignOnParse =
  | { ok: true; request: SignOnRequest }
  | { ok: false; problems: Partial<Record<SignOnField, SignOnProblem>> }

/** The request in the form, or its first problem per field. */
export function parseSignOn(values: SignOnValues, stateCodes: ReadonlySet<string>): SignOnParse {
  const result = signOnSchema(stateCodes).safeParse(values)
  if (result.success) return { ok: true, request: result.data }
  const problems: Partial<Record<SignOnField, SignOnProblem>> = {}
  for (const issue of result.error.issues) {
    const field = issue.path[0] as SignOnField
    problems[field] ??= issue.message as SignOnProblem
  }
  return { ok: false, problems }
}

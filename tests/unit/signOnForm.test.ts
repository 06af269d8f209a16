import { describe, expect, it } from 'vitest'

import {
  confirmationExpired,
  hashConfirmationToken,
  isWellFormedToken,
  newConfirmationToken,
} from '@/lib/signatories/confirmationToken'
import { formStamp, stampProblem } from '@/lib/signatories/formStamp'
import { comparableName, isSameOrganization } from '@/lib/signatories/organizationName'
import { formValues, parseSignOn, type SignOnValues } from '@/lib/signatories/signOnForm'
import { signOnFormView } from '@/lib/signatories/signOnFormView'

import { signOnFormHtml } from '@/app/(frontend)/[locale]/sign/formHtml'

const states = new Set(['FR', 'SN', 'AR'])

const valid: SignOnValues = {
  organization: '  Ligue des droits humains ',
  country: 'sn',
  website: 'https://example.org',
  type: 'member',
  email: 'contact@example.org',
  signerName: 'Awa Diop',
  signerRole: 'Director',
  authorized: 'on',
}

describe('the sign-on form', () => {
  it('accepts a complete request, trimmed, with the country code in capitals', () => {
    expect(parseSignOn(valid, states)).toEqual({
      ok: true,
      request: {
        organization: 'Ligue des droits humains',
        country: 'SN',
        website: 'https://example.org',
        type: 'member',
        email: 'contact@example.org',
        signerName: 'Awa Diop',
        signerRole: 'Director',
        authorized: true,
      },
    })
  })

  it('takes no website as none', () => {
    const parsed = parseSignOn({ ...valid, website: ' ' }, states)
    expect(parsed.ok && parsed.request.website).toBeNull()
  })

  it('names every problem at once, one per field', () => {
    const parsed = parseSignOn(
      {
        organization: ' ',
        country: 'XX',
        website: 'javascript:alert(1)',
        type: 'government',
        email: 'not-an-address',
        signerName: '',
      },
      states,
    )
    expect(parsed).toEqual({
      ok: false,
      problems: {
        organization: 'organizationRequired',
        country: 'countryUnknown',
        website: 'websiteInvalid',
        type: 'typeInvalid',
        email: 'emailInvalid',
        signerName: 'signerNameRequired',
        signerRole: 'signerRoleRequired',
        authorized: 'authorizationMissing',
      },
    })
  })

  it('refuses a missing country, an ftp website and overlong text', () => {
    const parsed = parseSignOn(
      {
        ...valid,
        country: '',
        website: 'ftp://example.org',
        organization: 'x'.repeat(201),
        signerRole: 'y'.repeat(121),
      },
      states,
    )
    expect(parsed).toEqual({
      ok: false,
      problems: {
        country: 'countryRequired',
        website: 'websiteInvalid',
        organization: 'organizationTooLong',
        signerRole: 'textTooLong',
      },
    })
  })

  it('reads only its own fields from the posted form', () => {
    const form = new FormData()
    form.set('organization', 'Org')
    form.set('authorized', 'on')
    form.set('role', 'admin')
    expect(formValues(form)).toEqual({ organization: 'Org', authorized: 'on' })
  })
})

describe('the form stamp', () => {
  const shown = Date.UTC(2026, 0, 1, 12)

  it('lets through a form sent between 3 seconds and a day after it was shown', () => {
    const stamp = formStamp(shown)
    expect(stampProblem(stamp, shown + 3_000)).toBeNull()
    expect(stampProblem(stamp, shown + 23 * 3_600_000)).toBeNull()
  })

  it('refuses one sent too soon, one too old, and one made up or altered', () => {
    const stamp = formStamp(shown)
    expect(stampProblem(stamp, shown + 2_999)).toBe('stampTooSoon')
    expect(stampProblem(stamp, shown + 24 * 3_600_000 + 1)).toBe('stampExpired')
    const [, signature] = stamp.split('.')
    expect(stampProblem(`${shown - 60_000}.${signature}`, shown)).toBe('stampMissing')
    expect(stampProblem(`${shown}.forged`, shown + 5_000)).toBe('stampMissing')
    expect(stampProblem(undefined)).toBe('stampMissing')
    expect(stampProblem('')).toBe('stampMissing')
  })
})

describe('the same organization', () => {
  it('is found whatever the case, accents, punctuation and spacing', () => {
    expect(comparableName('Fédération  Internationale des Ligues des Droits de l’Homme')).toBe(
      comparableName('federation internationale des ligues des droits de l homme.'),
    )
    expect(isSameOrganization('amnesty-international', ['Amnesty International'])).toBe(true)
  })

  it('in any of its localized names, but not a different one', () => {
    const names = ['International Federation', null, 'Fédération internationale', 'الفدرالية']
    expect(isSameOrganization('FEDERATION INTERNATIONALE', names)).toBe(true)
    expect(isSameOrganization('الفدرالية', names)).toBe(true)
    expect(isSameOrganization('Federation nationale', names)).toBe(false)
    expect(isSameOrganization('...', ['!!!'])).toBe(false)
  })
})

describe('confirmation tokens', () => {
  it('are random, and only their SHA-256 is kept', () => {
    const first = newConfirmationToken()
    const second = newConfirmationToken()
    expect(first.token).not.toBe(second.token)
    expect(isWellFormedToken(first.token)).toBe(true)
    expect(first.hash).toBe(hashConfirmationToken(first.token))
    expect(first.hash).toMatch(/^[0-9a-f]{64}$/)
    expect(first.hash).not.toContain(first.token)
    expect(isWellFormedToken('../../etc')).toBe(false)
  })

  it('expire 7 days after the request', () => {
    const asked = new Date(Date.UTC(2026, 0, 1))
    expect(confirmationExpired(asked, asked.getTime() + 7 * 86_400_000)).toBe(false)
    expect(confirmationExpired(asked.toISOString(), asked.getTime() + 7 * 86_400_000 + 1)).toBe(
      true,
    )
  })
})

describe('the form shown again', () => {
  const statement = {
    id: 7,
    title: 'Joint appeal',
    slug: 'joint-appeal',
    closesAt: '2030-01-01T12:00:00.000Z',
    window: 'open' as const,
  }
  const countries = [
    { value: 'FR', label: 'France' },
    { value: 'SN', label: 'Senegal' },
  ]

  it('keeps what was typed, escaped, and ties each problem to its field', () => {
    const view = signOnFormView({
      locale: 'fr',
      statement,
      countries,
      values: { organization: '"><script>alert(1)</script>', country: 'sn', type: 'partner' },
      problems: [{ field: 'authorized', key: 'authorizationMissing' }],
    })
    const html = signOnFormHtml(view)
    expect(html).not.toContain('<script>')
    expect(html).toContain('value="&#34;&#62;&#60;script&#62;alert(1)&#60;/script&#62;"')
    expect(html).toContain('<option value="SN" selected>Senegal</option>')
    expect(html).toMatch(/<input type="radio" name="type" value="partner" required checked>/)
    expect(html).toContain('aria-describedby="sign-on-authorized-problem"')
    expect(html).toContain(
      '<p id="sign-on-authorized-problem" class="sign-on__problem">Cochez la case pour confirmer',
    )
    expect(view.problemsHeading).toBe('Votre demande n’a pas pu être envoyée : un problème.')
    expect(html).toContain('action="/fr/sign"')
    expect(html).toMatch(/name="nickname" type="text" tabindex="-1"/)
  })
})

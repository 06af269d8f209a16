import { describe, expect, it } from 'vitest'

import type { Locale, TargetLocale } from '@/i18n/locales'
import { parseGlossaryCsv } from '@/lib/glossary/importCsv'
import {
  containsTranslation,
  type GlossaryEntry,
  glossaryBySegment,
  glossaryDeviations,
  termsIn,
} from '@/lib/glossary/match'
import { normalizeForGlossary } from '@/lib/glossary/normalize'
import { demoStatements } from '@/lib/seed/demoStatements'
import { glossarySeed } from '@/lib/seed/glossary'
import { lexicalDocument } from '@/lib/seed/lexical'

const entry = (
  term: string,
  translations: Partial<Record<TargetLocale, string>>,
  doNotTranslate = false,
): GlossaryEntry => ({ term, translations, doNotTranslate })

const statesParties = entry('States Parties', {
  fr: 'États parties',
  es: 'Estados Partes',
  ar: 'الدول الأطراف',
})
const romeStatute = entry('Rome Statute', {
  fr: 'Statut de Rome',
  es: 'Estatuto de Roma',
  ar: 'نظام روما الأساسي',
})
const asp = entry('Assembly of States Parties', {
  fr: 'Assemblée des États parties',
  es: 'Asamblea de los Estados Partes',
  ar: 'جمعية الدول الأطراف',
})
const icc = entry('ICC', { fr: 'CPI', es: 'CPI', ar: 'المحكمة' })
const amicus = entry('Amicus', {}, true)
const glossary = [statesParties, romeStatute, asp, icc, amicus]

const terms = (text: string) => termsIn(glossary, text).map((found) => found.term)

describe('finding glossary terms in a source segment', () => {
  it('finds terms in any case, as whole words only', () => {
    expect(terms('The 124 STATES PARTIES to the rome statute.')).toEqual([
      'States Parties',
      'Rome Statute',
    ])
    // "ICC" inside a longer word is not the term; beside punctuation and a possessive it is.
    expect(terms('The ICCPR and the Piccadilly line.')).toEqual([])
    expect(terms('The ICC’s budget (ICC).')).toEqual(['ICC'])
  })

  it('counts a term inside a longer term once, as the longer one', () => {
    expect(terms('The Assembly of States Parties met.')).toEqual(['Assembly of States Parties'])
    expect(terms('The Assembly of States Parties heard several States Parties.')).toEqual([
      'States Parties',
      'Assembly of States Parties',
    ])
  })

  it('guesses no inflection: a singular is another entry', () => {
    expect(terms('A State Party must cooperate.')).toEqual([])
  })

  it('evens out spaces, line breaks and no-break spaces', () => {
    expect(terms('States\u00A0Parties and Rome\n  Statute')).toEqual([
      'States Parties',
      'Rome Statute',
    ])
  })
})

describe('finding the approved translation in a translated segment', () => {
  it('reads French and Spanish as whole words, in any case, with accents', () => {
    expect(containsTranslation('Les ÉTATS PARTIES au Statut', 'États parties', 'fr')).toBe(true)
    expect(containsTranslation('Les Etats parties', 'États parties', 'fr')).toBe(false)
    expect(
      containsTranslation('los Estados Partes del Estatuto de Roma', 'Estatuto de Roma', 'es'),
    ).toBe(true)
    // Not inside another word: "CPI" is not found in "CPIs" nor in "principe".
    expect(containsTranslation('les CPIs et le principe', 'CPI', 'fr')).toBe(false)
    expect(containsTranslation('le Statut de Rome de la CPI.', 'CPI', 'fr')).toBe(true)
  })

  it('evens out apostrophes, quotes and narrow no-break spaces', () => {
    expect(containsTranslation('la Cour pénale d’appel', "Cour pénale d'appel", 'fr')).toBe(true)
    expect(containsTranslation('« Statut\u202Fde Rome »', 'Statut de Rome', 'fr')).toBe(true)
  })

  it('compares composed and decomposed accents alike', () => {
    const decomposed = 'E\u0301tats parties'
    expect(containsTranslation(decomposed, 'États parties', 'fr')).toBe(true)
  })

  it('finds Arabic terms with attached prefixes and without their optional vowel marks', () => {
    expect(containsTranslation('وتقع على الدولِ الأطرافِ مسؤولية', 'الدول الأطراف', 'ar')).toBe(true)
    expect(containsTranslation('بنظام روما الأساسي', 'نظام روما الأساسي', 'ar')).toBe(true)
    // ل + المحكمة is written للمحكمة.
    expect(containsTranslation('وللمحكمة دور', 'المحكمة', 'ar')).toBe(true)
    expect(containsTranslation('لمحكمة العدل', 'المحكمة', 'ar')).toBe(false)
    expect(containsTranslation('دور المحكمة', 'المحكمة', 'ar')).toBe(true)
    expect(containsTranslation('الدول الأعضاء', 'الدول الأطراف', 'ar')).toBe(false)
  })
})

describe('glossary deviations', () => {
  const source = {
    title: 'States Parties must defend the Court',
    standfirst: 'The Amicus platform.',
    body: lexicalDocument([
      'The Rome Statute binds the States Parties.',
      'Nothing to see here.',
      'The ICC works.',
    ]),
  }

  it('lists, per segment, the terms and their approved translation in the language', () => {
    const found = glossaryBySegment(glossary, source, 'es')
    expect(
      found.map(({ segment, terms }) => [segment, terms.map((term) => term.approved)]),
    ).toEqual([
      ['title', ['Estados Partes']],
      ['standfirst', ['Amicus']],
      ['body.0', ['Estados Partes', 'Estatuto de Roma']],
      ['body.2', ['CPI']],
    ])
  })

  it('flags each segment whose translation lacks an approved term, and no other', () => {
    const translation = {
      title: 'Los Estados Partes deben defender a la Corte',
      standfirst: 'La plataforma Amicus.',
      body: lexicalDocument([
        'El Estatuto romano obliga a los Estados Partes.',
        'Nada que ver.',
        '',
      ]),
    }
    expect(glossaryDeviations(glossary, source, translation, 'es')).toEqual([
      { segment: 'body.0', term: 'Rome Statute', approved: 'Estatuto de Roma' },
    ])
  })

  it('expects a term not to be translated to stay as it is', () => {
    const translation = {
      ...source,
      title: 'Les États parties',
      standfirst: 'La plateforme Amica.',
    }
    expect(glossaryDeviations(glossary, source, translation, 'fr')).toContainEqual({
      segment: 'standfirst',
      term: 'Amicus',
      approved: 'Amicus',
    })
  })

  it('finds no deviation in the demo statements’ own translations', () => {
    const seeded = glossarySeed.map(({ term, fr, es, ar }) => entry(term, { fr, es, ar }))
    for (const statement of demoStatements) {
      const { en, ...others } = statement.versions
      const text = (version: typeof en, locale: Locale) => ({
        title: version.title,
        standfirst: version.standfirst,
        body: lexicalDocument(version.body, locale === 'ar' ? 'rtl' : 'ltr'),
      })
      for (const [locale, version] of Object.entries(others) as [TargetLocale, typeof en][])
        expect(
          glossaryDeviations(seeded, text(en, 'en'), text(version, locale), locale),
          `${en.title} in ${locale}`,
        ).toEqual([])
    }
  })
})

describe('normalizing', () => {
  it('drops Arabic vowel marks and tatweel, and soft hyphens', () => {
    expect(normalizeForGlossary('الدولَ الأطـراف')).toBe('الدول الأطراف')
    expect(normalizeForGlossary('Pre\u00ADTrial')).toBe('pretrial')
  })
})

describe('reading a glossary CSV file', () => {
  it('reads terms, languages, notes and the do-not-translate flag', () => {
    const parsed = parseGlossaryCsv(
      'term,fr,es,ar,note,do_not_translate\n' +
        'Rome Statute,Statut de Rome,Estatuto de Roma,نظام روما الأساسي,"1998, Rome",\n' +
        'Amicus,,,,,yes\n',
    )
    expect(parsed).toEqual({
      ok: true,
      rows: [
        {
          row: 2,
          term: 'Rome Statute',
          fr: 'Statut de Rome',
          es: 'Estatuto de Roma',
          ar: 'نظام روما الأساسي',
          note: '1998, Rome',
          doNotTranslate: false,
        },
        { row: 3, term: 'Amicus', fr: null, es: null, ar: null, note: null, doNotTranslate: true },
      ],
    })
  })

  it('lists every bad row: a missing translation, a repeated term, a bad flag', () => {
    const parsed = parseGlossaryCsv(
      'term,fr,es,ar,do_not_translate\n' +
        'States Parties,États parties,,الدول الأطراف,\n' +
        'Rome Statute,Statut de Rome,Estatuto de Roma,نظام روما الأساسي,\n' +
        'rome  statute,Statut de Rome,Estatuto de Roma,نظام روما الأساسي,\n' +
        'ICC,CPI,CPI,المحكمة,maybe\n',
    )
    expect(parsed).toEqual({
      ok: false,
      errors: [
        {
          row: 2,
          message:
            'Row 2: “States Parties” has no translation in es: give one, or put “yes” in do_not_translate.',
        },
        { row: 4, message: 'Row 4: “rome  statute” is already on row 3.' },
        {
          row: 5,
          message: 'Row 5: do_not_translate must be “yes”, “no” or empty, not “maybe”.',
        },
      ],
    })
  })

  it('names unknown and missing columns', () => {
    expect(parseGlossaryCsv('source,fr\nRome Statute,Statut de Rome\n')).toEqual({
      ok: false,
      errors: [
        {
          row: null,
          message:
            'Unknown column(s): source. The columns are: term, fr, es, ar, note, do_not_translate.',
        },
        { row: null, message: 'Missing column(s): term. Every file needs term.' },
      ],
    })
  })
})

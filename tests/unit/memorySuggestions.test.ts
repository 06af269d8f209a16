import { describe, expect, it } from 'vitest'

import { lexicalDocument } from '@/lib/seed/lexical'
import { segmentsToTranslate, similarityPercent } from '@/lib/translationMemory/suggestions'
import { wordDiff } from '@/lib/translations/source'

const original = {
  title: 'Defend the Court',
  standfirst: 'A statement on the ICC.',
  description: null,
  seoTitle: null,
  body: lexicalDocument([
    'States Parties must **cooperate** with the [Court](https://www.icc-cpi.int/).',
    'Victims are waiting.',
  ]),
}

describe('segments still to translate', () => {
  it('are the parts left empty or word for word as the original, in reading order, as plain words', () => {
    const translation = {
      title: 'Défendre la Cour',
      standfirst: 'A statement on the ICC.',
      body: lexicalDocument(['', 'Les victimes attendent.']),
    }
    expect(segmentsToTranslate(original, translation)).toEqual([
      { id: 'standfirst', text: 'A statement on the ICC.' },
      { id: 'body.0', text: 'States Parties must cooperate with the Court.' },
    ])
  })

  it('are none once every part is translated', () => {
    const translation = {
      title: 'Défendre la Cour',
      standfirst: 'Une déclaration sur la CPI.',
      body: lexicalDocument(['Les États parties doivent coopérer.', 'Les victimes attendent.']),
    }
    expect(segmentsToTranslate(original, translation)).toEqual([])
  })
})

describe('a suggestion as shown', () => {
  it('gives its similarity as a whole percentage, rounded down, in the admin language', () => {
    expect(similarityPercent(0.876, 'en')).toBe('87%')
    expect(similarityPercent(0.999, 'en')).toBe('99%')
    expect(similarityPercent(0.29, 'en')).toBe('29%')
    expect(similarityPercent(1, 'fr')).toMatch(/^100\s%$/)
    expect(similarityPercent(0.5, 'ar')).toMatch(/٥٠|50/)
  })

  it('marks the words of the remembered original that differ from the segment', () => {
    expect(
      wordDiff(
        'States must cooperate with the Court.',
        'States must fully cooperate with the Court.',
      ),
    ).toEqual([
      { kind: 'same', text: 'States must ' },
      { kind: 'added', text: 'fully ' },
      { kind: 'same', text: 'cooperate with the Court.' },
    ])
  })
})

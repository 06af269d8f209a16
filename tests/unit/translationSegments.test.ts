import { describe, expect, it } from 'vitest'

import { lexicalDocument } from '@/lib/seed/lexical'
import {
  needsConfirmation,
  sameAsOriginal,
  type SegmentedText,
  segmentName,
  untranslatedSegments,
} from '@/lib/translations/segments'

type Body = NonNullable<SegmentedText['body']>

/** `lexicalDocument` with an upload (no text of its own) after the paragraphs. */
function withUpload(paragraphs: string[]): Body {
  const body = lexicalDocument(paragraphs)
  return {
    root: {
      ...body.root,
      children: [
        ...body.root.children,
        { type: 'upload', version: 3, relationTo: 'media', value: 1, fields: null },
      ],
    },
  }
}

const original: SegmentedText = {
  title: 'Defend the Court',
  standfirst: 'A statement on the ICC.',
  seoTitle: null,
  description: 'Defend the ICC.',
  body: withUpload(['Read the [Rome Statute](https://example.org).', '', 'States must act.']),
}

describe('translation segments', () => {
  it('name fields and blocks as people see them', () => {
    expect(
      ['title', 'standfirst', 'seoTitle', 'description', 'body.0', 'body.4.2', 'body.4.1.0'].map(
        segmentName,
      ),
    ).toEqual([
      'Title',
      'Standfirst',
      'SEO title',
      'SEO description',
      'Block 1 of the text',
      'Item 3 of block 5 of the text',
      'Item 1 of item 2 of block 5 of the text',
    ])
  })

  it('require what the original has text in, and nothing else', () => {
    const complete: SegmentedText = {
      title: 'Défendre la Cour',
      standfirst: 'Une déclaration sur la CPI.',
      description: 'Défendre la CPI.',
      body: lexicalDocument([
        'Lisez le [Statut de Rome](https://example.org).',
        '',
        'Les États doivent agir.',
      ]),
    }
    // No SEO title in the original, an empty paragraph and an upload: none of them is asked for.
    expect(untranslatedSegments(original, complete)).toEqual([])
    // Spaces are no translation; a link's words are.
    const gaps = {
      ...complete,
      standfirst: '  ',
      body: lexicalDocument(['[Statut de Rome](https://example.org)', 'Texte en trop', '   ']),
    }
    expect(untranslatedSegments(original, gaps)).toEqual([
      { segment: 'standfirst', message: 'Standfirst has no translation.' },
      { segment: 'body.2', message: 'Block 3 of the text has no translation.' },
    ])
  })

  it('point out what reads word for word as the original, whatever its spacing or emphasis', () => {
    const translation: SegmentedText = {
      title: 'Defend the Court',
      standfirst: 'A  statement on the ICC. ',
      description: 'Défendre la CPI.',
      body: lexicalDocument([
        'Lisez le [Statut de Rome](https://example.org).',
        '',
        'States must **act**.',
      ]),
    }
    expect(sameAsOriginal(original, translation)).toEqual(['title', 'standfirst', 'body.2'])
    expect(sameAsOriginal(original, translation).filter(needsConfirmation)).toEqual([
      'standfirst',
      'body.2',
    ])
  })
})

import { describe, expect, it } from 'vitest'

import { lexicalDocument } from '@/lib/seed/lexical'
import { linkDifferences, linkProblems, linksOf, pairLinks } from '@/lib/translations/links'
import type { RichTextDocument } from '@/lib/text/lexical'

const rome = 'https://www.icc-cpi.int/rome-statute'

/** A paragraph holding one internal link to statement `id`, as the admin saves it (populated at depth). */
function internalLink(text: string, id: number | { id: number; title: string }): RichTextDocument {
  const body = lexicalDocument(['x'])
  const link = {
    type: 'link',
    version: 3,
    fields: { linkType: 'internal', doc: { relationTo: 'statements', value: id }, newTab: false },
    children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }],
  }
  return {
    root: {
      ...body.root,
      children: [
        {
          type: 'list',
          version: 1,
          listType: 'bullet',
          children: [{ type: 'listitem', version: 1, children: [link] }],
        },
      ],
    },
  }
}

describe('the links of a translation', () => {
  it('reads every link of a text, nested ones included, with its words and target', () => {
    expect(
      linksOf(
        lexicalDocument([
          `Read the [Rome  Statute](${rome}) **now**.`,
          '## A [heading link](https://example.org/h)',
        ]),
      ),
    ).toEqual([
      { text: 'Rome Statute', target: rome },
      { text: 'heading link', target: 'https://example.org/h' },
    ])
    expect(linksOf(internalLink('Earlier statement', 12))).toEqual([
      { text: 'Earlier statement', target: 'statements 12' },
    ])
    expect(linksOf(internalLink('Earlier statement', { id: 12, title: 'Earlier' }))).toEqual([
      { text: 'Earlier statement', target: 'statements 12' },
    ])
    expect(linksOf(null)).toEqual([])
  })

  it('match by target and count, not by words or position', () => {
    const original = linksOf(
      lexicalDocument([`[Rome Statute](${rome}) and [Court](https://example.org/icc).`]),
    )
    const moved = linksOf(
      lexicalDocument([`La [Cour](https://example.org/icc) et le [Statut de Rome](${rome}).`]),
    )
    expect(linkDifferences(original, moved)).toEqual([])
    expect(pairLinks(original, moved)).toEqual([
      {
        original: { text: 'Rome Statute', target: rome },
        translation: { text: 'Statut de Rome', target: rome },
      },
      {
        original: { text: 'Court', target: 'https://example.org/icc' },
        translation: { text: 'Cour', target: 'https://example.org/icc' },
      },
    ])

    const twice = linksOf(
      lexicalDocument([`[Rome Statute](${rome}), again the [Statute](${rome}).`]),
    )
    expect(
      linkDifferences(
        twice,
        linksOf(lexicalDocument([`Le [Statut de Rome](${rome}), encore le Statut.`])),
      ),
    ).toEqual([{ kind: 'missing', link: { text: 'Statute', target: rome } }])
    expect(
      linkDifferences(
        original,
        linksOf(
          lexicalDocument([
            `[Statut de Rome](https://example.org/other) et [Cour](https://example.org/icc).`,
          ]),
        ),
      ),
    ).toEqual([
      { kind: 'missing', link: { text: 'Rome Statute', target: rome } },
      { kind: 'extra', link: { text: 'Statut de Rome', target: 'https://example.org/other' } },
    ])
  })

  it('name the field and the link in what the translator reads', () => {
    const original = { body: lexicalDocument([`Read the [Rome Statute](${rome}).`]) }
    expect(
      linkProblems(original, { body: lexicalDocument(['Lisez le Statut de Rome.']) }).map(
        (problem) => [problem.field, problem.message],
      ),
    ).toEqual([
      [
        'body',
        `Text: the link “Rome Statute” (${rome}) is missing from the translation; link the words that translate it.`,
      ],
    ])
    expect(
      linkProblems(original, { body: lexicalDocument([`Lisez le [Statut de Rome](${rome}).`]) }),
    ).toEqual([])
    expect(
      linkProblems(original, { body: internalLink('Déclaration', 12) }).map(
        (problem) => problem.message,
      ),
    ).toEqual([
      `Text: the link “Rome Statute” (${rome}) is missing from the translation; link the words that translate it.`,
      'Text: the link “Déclaration” (statements 12) is not in the original; remove it.',
    ])
  })
})

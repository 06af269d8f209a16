import config from '@payload-config'
import { sql } from '@payloadcms/db-postgres'
import { getPayload, type Payload, type UIFieldServerProps } from 'payload'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { MemorySuggestions } from '@/components/admin/MemorySuggestions'
import { postgres } from '@/lib/db/postgres'
import { lexicalDocument } from '@/lib/seed/lexical'
import {
  defaultThreshold,
  fuzzyQuery,
  fuzzySuggestions,
  isLookupTimeout,
  similarityThreshold,
} from '@/lib/translationMemory/fuzzy'
import { type MemorySegment, rememberSegments } from '@/lib/translationMemory/store'

/**
 * Fuzzy suggestions from the translation memory: a lightly edited paragraph is offered the
 * translation of the paragraph it was, with its score; an unrelated one is offered nothing;
 * another language pair never answers; the indexes do the finding.
 */

let payload: Payload
// Words of this run only, so that rows other tests leave in the memory never come close.
const run = Math.random().toString(36).slice(2, 8)
// Two sentences, the second kept whole by the edit: found through the sentence index.
const second = `Victims of run ${run} have waited far too long for justice and reparations.`
const paragraph = `Run ${run}: States Parties must fully cooperate with the Court, execute its outstanding arrest warrants and protect its officials from sanctions and threats. ${second}`
const edited = `Run ${run}: States Parties must fully cooperate with the Court, promptly execute its outstanding arrest warrants and protect its staff from sanctions and threats. ${second}`
// One short sentence: found through the short-source index.
const title = `Title ${run}: States Parties must defend the independence of the Court`
const editedTitle = `Title ${run}: States Parties must protect the independence of the Court`
const french = `Série ${run} : les États parties doivent coopérer pleinement avec la Cour, exécuter ses mandats d’arrêt en souffrance et protéger ses responsables des sanctions et des menaces.`
const spanish = `Serie ${run}: los Estados Partes deben cooperar plenamente con la Corte, ejecutar sus órdenes de detención pendientes y proteger a sus funcionarios de sanciones y amenazas.`
const arabic = `السلسلة ${run}: يجب على الدول الأطراف أن تتعاون تعاونًا كاملًا مع المحكمة.`
const unrelated = `Tracker ${run} note: the spreadsheet of reactions was exported on Tuesday; its columns list the date, the source and the verified flag.`

const segment = (fields: Partial<MemorySegment>): MemorySegment => ({
  sourceLocale: 'en',
  targetLocale: 'fr',
  source: paragraph,
  target: french,
  tags: {},
  origin: 'accepted',
  segment: 'body.0',
  ...fields,
})

beforeAll(async () => {
  payload = await getPayload({ config })
  await rememberSegments(payload, [
    segment({}),
    // The same words and translation with the Court's name in bold: another row, offered once.
    segment({
      source: [
        `Run ${run}: States Parties must fully cooperate with the `,
        { GenericSpan: { id: '1', ctype: 'bold', contents: ['Court'] } },
        `, execute its outstanding arrest warrants and protect its officials from sanctions and threats. ${second}`,
      ],
      tags: { '1': 'bold' },
      origin: 'tmx',
    }),
    segment({ targetLocale: 'es', target: spanish }),
    segment({ source: title, target: `Titre ${run}`, segment: 'title' }),
    segment({ targetLocale: 'ar', target: arabic, statement: null }),
  ])
})

afterAll(async () => {
  await postgres(payload).drizzle.execute(
    sql`DELETE FROM translation_memory WHERE source_text LIKE ${`%${run}%`}`,
  )
  await payload.destroy()
})

describe('fuzzy suggestions', () => {
  it('offers a lightly edited paragraph the translation of the paragraph it was, once, with its score', async () => {
    const [suggestions] = await fuzzySuggestions(
      payload,
      { sourceLocale: 'en', targetLocale: 'fr' },
      [edited],
    )
    // The best first; segments other files left in the memory may follow, never this run's twice.
    expect(suggestions.filter((entry) => entry.sourceText.includes(run))).toHaveLength(1)
    const [suggestion] = suggestions
    expect(suggestion.sourceText).toBe(paragraph)
    expect(suggestion.targetText).toBe(french)
    expect(suggestion.segment).toBe('body.0')
    expect(suggestion.score).toBeGreaterThan(defaultThreshold)
    expect(suggestion.score).toBeLessThan(1)
  })

  it('offers a one-sentence segment with a word changed the translation of the one it was', async () => {
    const [suggestions] = await fuzzySuggestions(
      payload,
      { sourceLocale: 'en', targetLocale: 'fr' },
      [editedTitle],
    )
    // The best first; segments on the same subject other files left in the memory may follow.
    const ours = suggestions.filter((entry) => entry.sourceText.includes(run))
    expect(ours.map((entry) => entry.targetText)).toEqual([`Titre ${run}`])
    expect(suggestions[0].targetText).toBe(`Titre ${run}`)
    expect(suggestions[0].score).toBeGreaterThan(defaultThreshold)
  })

  it('offers nothing for a very different paragraph', async () => {
    const [suggestions] = await fuzzySuggestions(
      payload,
      { sourceLocale: 'en', targetLocale: 'fr' },
      [unrelated],
    )
    expect(suggestions).toEqual([])
  })

  it('answers each text of a batch in its place, an empty text with nothing', async () => {
    const found = await fuzzySuggestions(payload, { sourceLocale: 'en', targetLocale: 'es' }, [
      unrelated,
      ' ',
      edited,
    ])
    expect(found.map((suggestions) => suggestions.map((entry) => entry.targetText))).toEqual([
      [],
      [],
      [spanish],
    ])
  })

  it('never offers a translation into another language', async () => {
    const pair = (targetLocale: 'fr' | 'es' | 'ar') =>
      fuzzySuggestions(payload, { sourceLocale: 'en', targetLocale }, [edited])
    const [[intoSpanish], [intoArabic], [intoFrench]] = await Promise.all([
      pair('es'),
      pair('ar'),
      pair('fr'),
    ])
    expect(intoSpanish.map((entry) => entry.targetText)).toEqual([spanish])
    expect(intoArabic.map((entry) => entry.targetText)).toEqual([arabic])
    expect(intoFrench.map((entry) => entry.targetText)).toEqual([french])
  })

  it('leaves out what is less similar than the threshold asked for', async () => {
    const [suggestions] = await fuzzySuggestions(
      payload,
      { sourceLocale: 'en', targetLocale: 'fr' },
      [edited],
      { threshold: 0.99 },
    )
    expect(suggestions).toEqual([])
  })

  it('gives up when the lookup runs out of the time it was given, saying so', async () => {
    const lookup = fuzzySuggestions(
      payload,
      { sourceLocale: 'en', targetLocale: 'fr' },
      Array.from({ length: 500 }, (_, index) => `${edited} ${index}`),
      { timeoutMs: 1 },
    )
    const error = await lookup.then(
      () => null,
      (failure: unknown) => failure,
    )
    expect(isLookupTimeout(error)).toBe(true)
  })

  it('finds the candidates through the sentence index, the short-source index for a short sentence, or the trigram index', async () => {
    // Rows enough in the pair that reading them all costs more than asking the index (written
    // in one statement: through rememberSegments these would take a minute).
    await postgres(payload).drizzle.execute(sql`
      INSERT INTO translation_memory (source_locale, target_locale, source_text, target_text,
        source_key, entry_key, source, target, tags, origin, stored_at)
      SELECT 'en', 'fr', text, 'Remplissage ' || n, md5(text), md5(text || n), to_jsonb(text),
        to_jsonb('Remplissage ' || n), '{}', 'tmx', now()
      FROM generate_series(1, 5000) AS n,
        LATERAL (SELECT 'Filler ${sql.raw(run)} ' || md5(n::text) || ' ' || (n * 7919) AS text) AS made`)
    // New rows wait in the index's pending list until a vacuum, and the planner counts it.
    await postgres(payload).drizzle.execute(
      sql`SELECT gin_clean_pending_list('translation_memory_source_text_trgm')`,
    )
    await postgres(payload).drizzle.execute(sql`ANALYZE translation_memory`)
    const plan = (by: 'sentences' | 'nearest' | 'trigrams', text: string) =>
      postgres(payload).drizzle.transaction(async (tx) => {
        await tx.execute(similarityThreshold(defaultThreshold))
        const pair = { sourceLocale: 'en', targetLocale: 'fr' } as const
        const options = { by, limit: 3, threshold: defaultThreshold }
        const { rows } = await tx.execute<{ 'QUERY PLAN': string }>(
          sql`EXPLAIN ${fuzzyQuery(pair, [text], options)}`,
        )
        return rows.map((row) => row['QUERY PLAN']).join('\n')
      })
    expect(await plan('sentences', edited)).toMatch(
      /Bitmap Index Scan on translation_memory_sentences/,
    )
    expect(await plan('nearest', editedTitle)).toMatch(
      /Index Scan using translation_memory_short_sources/,
    )
    // A long sentence, longer than the short sources hold: the trigram index.
    expect(await plan('trigrams', `${editedTitle} `.repeat(8))).toMatch(
      /Bitmap Index Scan on translation_memory_source_text_trgm/,
    )
  })
})

describe('the suggestions beside a translation', () => {
  const translation = (status: string) => ({
    locale: 'ar',
    status,
    sourceSnapshot: {
      title: `Title ${run}`,
      standfirst: null,
      description: null,
      body: lexicalDocument([edited]),
    },
    title: 'عنوان',
    body: lexicalDocument(['']),
  })
  const render = async (data: object) => {
    const props = { data, i18n: { language: 'fr' }, req: { payload } }
    const element = await MemorySuggestions(props as unknown as UIFieldServerProps)
    return element ? renderToStaticMarkup(element) : ''
  }

  it('show each part still to translate with its suggestions: score, marked original, translation right to left', async () => {
    const html = await render(translation('draft'))
    expect(html).toContain('Traductions semblables en mémoire')
    expect(html).toContain('<h4>Block 1 of the text</h4>')
    expect(html).toMatch(/\d\d\s% semblable/)
    expect(html).toContain('<ins>promptly </ins>')
    expect(html).toContain('<del>officials</del><ins>staff</ins>')
    expect(html).toContain(`<dd lang="ar" dir="rtl">${arabic}</dd>`)
    // The title, translated, asks for nothing; nothing in memory is like the source's title.
    expect(html).not.toContain('Title')
  })

  it('are not shown once the translation is submitted', async () => {
    expect(await render(translation('submitted'))).toBe('')
  })
})

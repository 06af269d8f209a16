/**
 * The translation memory at scale, run by `npm run bench` in its own process (it needs Payload):
 * fills the memory with every bench statement's segments in the three target languages, through
 * the memory's one writer, then times fuzzy lookups of lightly edited paragraphs, one segment at
 * a time as the translation view asks, and whole statements' batches. Writes its figures as JSON
 * to the file named by its argument.
 *
 *   BENCH_MEMORY_LOOKUPS=60   lookups timed (each takes seconds at scale: docs/performance.md)
 */
import { writeFileSync } from 'node:fs'

import config from '@payload-config'
import { sql } from '@payloadcms/db-postgres'
import { getPayload } from 'payload'

import { targetLocales } from '@/i18n/locales'
import { postgres } from '@/lib/db/postgres'
import { fuzzySuggestions } from '@/lib/translationMemory/fuzzy'
import { type MemorySegment, rememberSegments } from '@/lib/translationMemory/store'

import { lightlyEdited, paragraph, randomSource, title } from './paragraphs'
import { percentile } from './measure'

const output = process.argv[2]
const lookups = Number(process.env.BENCH_MEMORY_LOOKUPS ?? 60)
const payload = await getPayload({ config })
const db = postgres(payload).drizzle
const round = (ms: number) => Math.round(ms * 10) / 10
const summary = (times: number[]) => ({
  p50: round(percentile(times, 50)),
  p95: round(percentile(times, 95)),
})

/** A statement's segments as the memory gets them: a title, a standfirst and eight paragraphs. */
function statementSegments(statement: number): string[] {
  const random = randomSource(statement)
  return [title(random), paragraph(random), ...Array.from({ length: 8 }, () => paragraph(random))]
}

try {
  const { rows } = await db.execute<{ id: number }>(
    sql`SELECT id FROM statements WHERE source_revision = 'bench' ORDER BY id`,
  )
  const statements = rows.map((row) => row.id)
  const started = performance.now()
  // Whole statements at a time: a few thousand rows per call, 500 per INSERT.
  for (let first = 0; first < statements.length; first += 100) {
    const segments: MemorySegment[] = statements.slice(first, first + 100).flatMap((statement) =>
      statementSegments(statement).flatMap((text, index) =>
        targetLocales.map((targetLocale) => ({
          sourceLocale: 'en' as const,
          targetLocale,
          source: text,
          // Placeholder translations of the source's length: only the source is matched.
          target: `[${targetLocale}] ${text}`,
          tags: {},
          origin: 'accepted' as const,
          statement,
          segment: index === 0 ? 'title' : index === 1 ? 'standfirst' : `body.${index - 2}`,
        })),
      ),
    )
    await rememberSegments(payload, segments)
  }
  await db.execute(sql`ANALYZE translation_memory`)
  const seedSeconds = (performance.now() - started) / 1000
  const { rows: counted } = await db.execute<{ count: number }>(
    sql`SELECT count(*)::int AS count FROM translation_memory`,
  )

  const random = randomSource(20)
  const pair = { sourceLocale: 'en', targetLocale: 'fr' } as const
  const single: number[] = []
  let found = 0
  for (let lookup = 0; lookup < lookups; lookup++) {
    const statement = statements[Math.floor(random() * statements.length)]
    const segments = statementSegments(statement)
    const original = segments[2 + Math.floor(random() * 8)]
    const edited = lightlyEdited(original, random)
    const start = performance.now()
    const [suggestions] = await fuzzySuggestions(payload, pair, [edited])
    single.push(performance.now() - start)
    if (suggestions.some((suggestion) => suggestion.sourceText === original)) found++
  }
  // Titles, one sentence each: the short sources' nearest neighbours.
  const titles: number[] = []
  let titlesFound = 0
  for (let lookup = 0; lookup < lookups; lookup++) {
    const statement = statements[Math.floor(random() * statements.length)]
    const original = statementSegments(statement)[0]
    const start = performance.now()
    const [suggestions] = await fuzzySuggestions(payload, pair, [lightlyEdited(original, random)])
    titles.push(performance.now() - start)
    if (suggestions.some((suggestion) => suggestion.sourceText === original)) titlesFound++
  }
  // A statement with one changed paragraph among ten segments to translate, asked at once.
  const batches: number[] = []
  for (let lookup = 0; lookup < Math.max(1, lookups / 10); lookup++) {
    const statement = statements[Math.floor(random() * statements.length)]
    const texts = statementSegments(statement).map((text) => lightlyEdited(text, random))
    const start = performance.now()
    await fuzzySuggestions(payload, pair, texts)
    batches.push(performance.now() - start)
  }

  const report = {
    rows: counted[0].count,
    statements: statements.length,
    seedSeconds: Math.round(seedSeconds),
    lookups,
    singleMs: summary(single),
    titleMs: summary(titles),
    titleFound: titlesFound / lookups,
    tenSegmentBatchMs: summary(batches),
    originalFound: found / lookups,
  }
  writeFileSync(output, JSON.stringify(report))
} finally {
  await payload.destroy()
}
process.exit(0)

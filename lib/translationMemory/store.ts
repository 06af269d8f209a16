import { createHash } from 'node:crypto'

import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

import type { Locale, TargetLocale } from '@/i18n/locales'
import { postgres, transactionOf } from '@/lib/db/postgres'
import type { XliffValue } from '@/lib/translations/xliff/model'

import { evenParts, segmentText, sourceKeyOf } from './segmentKey'

/** One segment pair to remember: a source segment and its translation, tag ids the source's. */
export type MemorySegment = {
  sourceLocale: Locale
  targetLocale: TargetLocale
  source: XliffValue
  target: XliffValue
  /** What each tag id of `source` stands for (segmentKey.ts tagMeanings); empty without tags. */
  tags: Record<string, string>
  origin: 'accepted' | 'tmx'
  statement?: number | null
  translation?: number | null
  /** The segment's id in its statement (`title`, `body.3`), where it came from one. */
  segment?: string | null
  /** When the pair was made (a translation's acceptance); now when not given. */
  storedAt?: string
}

/** A remembered segment as lookups return it. */
export type MemoryEntry = {
  id: number
  sourceKey: string
  sourceText: string
  targetText: string
  source: XliffValue
  target: XliffValue
  tags: Record<string, string>
  origin: 'accepted' | 'tmx'
  statement: number | null
  translation: number | null
  segment: string | null
  storedAt: string
}

/** A segment pair as its row is written. */
type StoredRow = MemorySegment & {
  sourceText: string
  targetText: string
  sourceKey: string
  entryKey: string
}

/** The database the request writes in (its transaction where it has one), else the pool. */
async function database(payload: Payload, req?: PayloadRequest) {
  return (await transactionOf(payload, req)) ?? postgres(payload).drizzle
}

/** A connection or transaction to write through: the request's, or a migration's. */
export type MemoryDatabase = Pick<Awaited<ReturnType<typeof database>>, 'execute'>

/**
 * Stores segment pairs, one row per language pair, source and translation: storing a pair the
 * memory holds dates it anew (and points it at the latest statement and translation). An
 * accepted pair stays known as accepted when a TMX file brings it again. Empty segments are
 * skipped, and a pair given twice (two identical paragraphs) is stored once. Returns how many
 * distinct pairs were stored or dated anew.
 */
export async function rememberSegments(
  payload: Payload,
  segments: MemorySegment[],
  req?: PayloadRequest,
): Promise<number> {
  return writeSegments(await database(payload, req), segments)
}

/** rememberSegments through `db`: for a migration, which has its own transaction and no request. */
export async function writeSegments(
  db: MemoryDatabase,
  segments: MemorySegment[],
): Promise<number> {
  const byEntry = new Map<string, StoredRow>()
  for (const segment of segments) {
    const sourceText = segmentText(segment.source)
    const targetText = segmentText(segment.target)
    if (!sourceText || !targetText) continue
    const sourceKey = sourceKeyOf(segment.sourceLocale, segment.source, segment.tags)
    const entryKey = createHash('sha256')
      .update(JSON.stringify([sourceKey, segment.targetLocale, evenParts(segment.target)]))
      .digest('hex')
    // One INSERT … ON CONFLICT cannot touch a row twice (two identical paragraphs, or a backfill
    // of two translations agreeing on a segment): the last of the same pair stands.
    byEntry.set(entryKey, { ...segment, sourceText, targetText, sourceKey, entryKey })
  }
  const unique = [...byEntry.values()]
  if (unique.length === 0) return 0
  const now = new Date().toISOString()
  // A few hundred rows per statement at most from an accept; imports come in batches.
  for (let start = 0; start < unique.length; start += 500) {
    const batch = unique.slice(start, start + 500)
    await db.execute(sql`
      INSERT INTO translation_memory
        (source_locale, target_locale, source_text, target_text, source_key, entry_key, source,
         target, tags, origin, statement_id, translation_id, segment, stored_at)
      VALUES ${sql.join(
        batch.map(
          (row) => sql`(${row.sourceLocale}, ${row.targetLocale}, ${row.sourceText},
            ${row.targetText}, ${row.sourceKey}, ${row.entryKey}, ${JSON.stringify(row.source)}::jsonb,
            ${JSON.stringify(row.target)}::jsonb, ${JSON.stringify(row.tags)}::jsonb, ${row.origin},
            ${row.statement ?? null}, ${row.translation ?? null}, ${row.segment ?? null}, ${row.storedAt ?? now})`,
        ),
        sql`, `,
      )}
      ON CONFLICT (entry_key) DO UPDATE SET
        stored_at = excluded.stored_at, updated_at = now(),
        origin = CASE WHEN translation_memory.origin = 'accepted' THEN 'accepted' ELSE excluded.origin END,
        statement_id = coalesce(excluded.statement_id, translation_memory.statement_id),
        translation_id = coalesce(excluded.translation_id, translation_memory.translation_id),
        segment = coalesce(excluded.segment, translation_memory.segment)`)
  }
  return unique.length
}

export type EntryRow = {
  id: number
  source_key: string
  source_text: string
  target_text: string
  source: XliffValue
  target: XliffValue
  tags: Record<string, string> | null
  origin: 'accepted' | 'tmx'
  statement_id: number | null
  translation_id: number | null
  segment: string | null
  stored_at: string | Date
}

export function entryOf(row: EntryRow): MemoryEntry {
  return {
    id: row.id,
    sourceKey: row.source_key,
    sourceText: row.source_text,
    targetText: row.target_text,
    source: row.source,
    target: row.target,
    tags: row.tags ?? {},
    origin: row.origin,
    statement: row.statement_id,
    translation: row.translation_id,
    segment: row.segment,
    storedAt: new Date(row.stored_at).toISOString(),
  }
}

/** The newest remembered translation of each source key given, for one language pair. */
export async function exactMatches(
  payload: Payload,
  pair: { sourceLocale: Locale; targetLocale: TargetLocale },
  sourceKeys: string[],
  req?: PayloadRequest,
): Promise<Map<string, MemoryEntry>> {
  if (sourceKeys.length === 0) return new Map()
  const db = await database(payload, req)
  const { rows } = await db.execute<EntryRow>(sql`
    SELECT DISTINCT ON (source_key) id, source_key, source_text, target_text, source, target, tags,
      origin, statement_id, translation_id, segment, stored_at
    FROM translation_memory
    WHERE source_locale = ${pair.sourceLocale} AND target_locale = ${pair.targetLocale}
      AND source_key IN ${sql`(${sql.join(
        sourceKeys.map((key) => sql`${key}`),
        sql`, `,
      )})`}
    ORDER BY source_key, stored_at DESC, id DESC`)
  return new Map(rows.map((row) => [row.source_key, entryOf(row)]))
}

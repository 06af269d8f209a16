import { sql } from '@payloadcms/db-postgres'
import {
  commitTransaction,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
} from 'payload'

import { sourceLocale, type TargetLocale } from '@/i18n/locales'
import type { Failure } from '@/lib/errors/answerFailure'
import { postgres, transactionOf } from '@/lib/db/postgres'
import type { XliffValue } from '@/lib/translations/xliff/model'

import { rememberSegments } from './store'
import { readTmx } from './tmxRead'
import { type TmxEntry, writeTmx } from './tmxWrite'

/**
 * The memory in and out as TMX 1.4b, one language pair per file, so that a coalition can take
 * its memory to any CAT tool and bring one in (see docs/translators.md, "Translation memory as
 * TMX").
 */

/** Larger than the memory of thousands of statements in one language pair; larger files are refused unread. */
export const maxTmxBytes = 25 * 1024 * 1024

export const tmxFileName = (targetLocale: TargetLocale) =>
  `amicus-${sourceLocale}-${targetLocale}.tmx`

type ExportRow = {
  id: number
  source: XliffValue
  target: XliffValue
  tags: Record<string, string> | null
  origin: 'accepted' | 'tmx'
  statement_id: number | null
  segment: string | null
  created_at: string | Date
  stored_at: string | Date
}

/** Every remembered pair from the source language into `targetLocale`, as a TMX document. */
export async function memoryAsTmx(
  payload: Payload,
  targetLocale: TargetLocale,
  now = new Date(),
): Promise<string> {
  const { rows } = await postgres(payload).drizzle.execute<ExportRow>(sql`
    SELECT id, source, target, tags, origin, statement_id, segment, created_at, stored_at
    FROM translation_memory
    WHERE source_locale = ${sourceLocale} AND target_locale = ${targetLocale}
    ORDER BY id`)
  const entries = rows.map((row): TmxEntry => ({
    id: row.id,
    source: row.source,
    target: row.target,
    tags: row.tags ?? {},
    origin: row.origin,
    statement: row.statement_id,
    segment: row.segment,
    createdAt: new Date(row.created_at).toISOString(),
    storedAt: new Date(row.stored_at).toISOString(),
  }))
  return writeTmx({ sourceLocale, targetLocale, entries, now })
}

/** What an import did: pairs new to the memory, pairs it held (dated anew), units left out. */
export type TmxImportCounts = { stored: number; updated: number; skipped: number; plain: number }

async function rowCount(req: PayloadRequest): Promise<number> {
  const db = (await transactionOf(req.payload, req)) ?? postgres(req.payload).drizzle
  const { rows } = await db.execute<{ count: number }>(
    sql`SELECT count(*)::int AS count FROM translation_memory`,
  )
  return rows[0].count
}

/**
 * Imports a TMX file's pairs with origin `tmx`, all in one transaction: a file that cannot be
 * read stores nothing, and neither does a failure halfway.
 */
export async function importTmx(
  req: PayloadRequest,
  xml: string,
): Promise<TmxImportCounts | Failure> {
  const reading = readTmx(xml, sourceLocale)
  if ('errors' in reading) return reading
  await initTransaction(req)
  try {
    const before = await rowCount(req)
    const written = await rememberSegments(req.payload, reading.segments, req)
    const stored = (await rowCount(req)) - before
    await commitTransaction(req)
    return { stored, updated: written - stored, skipped: reading.skipped, plain: reading.plain }
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

import { type PostgresAdapter, sql } from '@payloadcms/db-postgres'
import { revalidateTag } from 'next/cache'
import type { Payload, PayloadRequest } from 'payload'

import { recordInvalidationsSql } from '@/lib/cache/invalidationLog.mjs'
import { postgres, transactionOf } from '@/lib/db/postgres'

/**
 * Marks cache tags stale after a write, for every process that serves pages, whichever process
 * wrote: the tags go into the database's invalidation log in the write's own transaction, which
 * every server reads at most once a second (lib/cache/invalidationLog.mjs). Inside a Next.js
 * request the tags are marked here too, so the writer's own instance (and, through Redis, the
 * others) shows the change at once.
 *
 * Stale rather than expired: the next reader gets the cached copy while a fresh one renders, and
 * during a database outage the cached page keeps being served.
 *
 * Bulk writers (seeds, imports) set `context.disableRevalidate` on each write and call this once
 * at the end instead.
 */
export async function revalidate(req: PayloadRequest, tags: readonly string[]): Promise<void> {
  if (req.context.disableRevalidate) return
  await recordInvalidations(req.payload, req, tags)
  markStaleHere(tags)
}

/** The log's row per tag, in `req`'s transaction when it has one (so it commits with the write). */
export async function recordInvalidations(
  payload: Payload,
  req: PayloadRequest | undefined,
  tags: readonly string[],
): Promise<void> {
  if (tags.length === 0) return
  const transaction = await transactionOf(payload, req)
  // Without a transaction, `execute` goes to the primary even when reads go to replicas.
  await recordInvalidationsOn(transaction ?? postgres(payload).drizzle, tags)
}

/** The log's row per tag through `db` (a migration's, a transaction's or the pool's): its own statement, its one parameter given as drizzle's. */
export async function recordInvalidationsOn(
  db: Pick<PostgresAdapter['drizzle'], 'execute'>,
  tags: readonly string[],
): Promise<void> {
  const [before, after] = recordInvalidationsSql.split('$1')
  await db.execute(sql`${sql.raw(before)}${sql.param([...tags])}${sql.raw(after)}`)
}

function markStaleHere(tags: readonly string[]): void {
  try {
    for (const tag of new Set(tags)) revalidateTag(tag, 'max')
  } catch (error) {
    // Outside a Next.js request (a script, a job) there is no cache here to mark: the log does it.
    if (error instanceof Error && error.message.includes('static generation store missing')) return
    throw error
  }
}

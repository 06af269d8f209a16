import type pg from 'pg'

import { recordInvalidationsSql } from '@/lib/cache/invalidationLog.mjs'
import { everyContentTag } from '@/lib/cacheTags'

/**
 * Bulk data for the benchmark: published statements in every locale (each translated locale
 * recorded as accepted, as the translation workflow would) and verified reactions by random
 * States. Written with set-based SQL because the benchmark needs 10,000 statements in seconds,
 * not the hour the local API would take; the shapes match what Payload writes (see migrations/).
 */
export async function addScaleData(
  db: pg.Client,
  { statements, reactions }: { statements: number; reactions: number },
): Promise<void> {
  await db.query('BEGIN')
  try {
    await db.query(
      `INSERT INTO statements (published_at, _status, kind, source_revision, source_updated_at, updated_at, created_at)
       SELECT timestamp '2015-01-01' + (n * interval '7 hours'), 'published', 'statement', 'bench', now(), now(), now()
       FROM generate_series(1, $1) AS n`,
      [statements],
    )
    // The new rows are the last `statements` ids; each gets the same text shape in four languages.
    await db.query(
      `WITH fresh AS (SELECT id FROM statements WHERE source_revision = 'bench'),
            languages(code, word) AS (VALUES ('en', 'Statement'), ('fr', 'Déclaration'), ('es', 'Declaración'), ('ar', 'بيان'))
       INSERT INTO statements_locales (_parent_id, _locale, title, slug, standfirst, search_text, body)
       SELECT fresh.id, languages.code::_locales,
              languages.word || ' ' || fresh.id || ': States must defend the Court',
              'bench-' || languages.code || '-' || fresh.id,
              'A standfirst for benchmark statement ' || fresh.id || ' about cooperation with the Court.',
              'Benchmark text ' || fresh.id || ' on sanctions, independence, victims and the Rome Statute.',
              jsonb_build_object('root', jsonb_build_object('type', 'root', 'version', 1, 'direction', 'ltr', 'format', '', 'indent', 0,
                'children', jsonb_build_array(jsonb_build_object('type', 'paragraph', 'version', 1, 'direction', 'ltr', 'format', '', 'indent', 0,
                  'textFormat', 0, 'textStyle', '', 'children', jsonb_build_array(jsonb_build_object('type', 'text', 'version', 1, 'text',
                    'Benchmark text ' || fresh.id || ' on sanctions, independence, victims and the Rome Statute.', 'format', 0, 'detail', 0, 'mode', 'normal', 'style', ''))))))
       FROM fresh CROSS JOIN languages`,
    )
    await db.query(
      `INSERT INTO statements_locale_versions (_order, _parent_id, id, locale, source_revision, accepted_at)
       SELECT row_number() OVER (PARTITION BY s.id ORDER BY l.code), s.id, gen_random_uuid()::text, l.code::enum_statements_locale_versions_locale, 'bench', now()
       FROM statements s CROSS JOIN (VALUES ('fr'), ('es'), ('ar')) AS l(code)
       WHERE s.source_revision = 'bench'`,
    )
    await db.query(
      `WITH states_list AS (SELECT array_agg(id ORDER BY id) AS ids FROM states),
            stances AS (SELECT enum_range(NULL::enum_reactions_stance) AS all_stances),
            made AS (
              INSERT INTO reactions (date, stance, source_url, source_title, source_publisher, verified, sample, fingerprint, updated_at, created_at)
              SELECT date '2024-01-01' + (n % 700), (all_stances)[1 + n % array_length(all_stances, 1)],
                     'https://example.org/bench/reaction-' || n, 'Benchmark source ' || n, 'example.org', true, true, md5('bench-' || n), now(), now()
              FROM generate_series(1, $1) AS n CROSS JOIN stances
              RETURNING id)
       INSERT INTO reactions_rels ("order", parent_id, path, states_id)
       SELECT 1, made.id, 'actors', (SELECT ids[1 + (made.id % array_length(ids, 1))] FROM states_list) FROM made`,
      [reactions],
    )
    await db.query(
      `INSERT INTO reactions_locales (_parent_id, _locale, summary)
       SELECT id, 'en', 'Benchmark reaction ' || id FROM reactions WHERE source_url LIKE 'https://example.org/bench/%'`,
    )
    // Written beside Payload, so it tells the servers itself, as Payload's hooks would.
    await db.query(recordInvalidationsSql, [everyContentTag])
    await db.query('COMMIT')
  } catch (error) {
    await db.query('ROLLBACK')
    throw error
  }
  await db.query('ANALYZE')
}

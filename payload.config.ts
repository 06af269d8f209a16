import { postgresAdapter, sql } from '@payloadcms/db-postgres'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'
import type { Pool } from 'pg'
import sharp from 'sharp'

import { DataReleases } from '@/collections/DataReleases'
import { GlossaryTerms } from '@/collections/GlossaryTerms'
import { Media } from '@/collections/Media'
import { Organizations } from '@/collections/Organizations'
import { PreviewLinks } from '@/collections/PreviewLinks'
import { Reactions } from '@/collections/Reactions'
import { Redirects } from '@/collections/Redirects'
import { Signatories } from '@/collections/Signatories'
import { Signatures } from '@/collections/Signatures'
import { Releases } from '@/collections/Releases'
import { States } from '@/collections/States'
import { Statements } from '@/collections/Statements'
import { Topics } from '@/collections/Topics'
import { TranslationJobs } from '@/collections/TranslationJobs'
import { TranslationMemory } from '@/collections/TranslationMemory'
import { Translations } from '@/collections/Translations'
import { Users } from '@/collections/Users'
import { adminGraphics, adminMeta } from '@/components/admin/branding'
import { richTextEditor } from '@/fields/richText'
import { lockBelongsToRequester } from '@/hooks/lockBelongsToRequester'
import { adminLanguages, payloadLocalization } from '@/i18n/payload'
import { depthLimit, rootFieldLimit } from '@/lib/graphql/queryLimits'
import { healthEndpoints } from '@/lib/health/endpoints'
import { runDueJobsEndpoint } from '@/lib/jobs/runDueJobs'
import { emailAdapter } from '@/lib/email/adapter'
import { answerBadInput } from '@/lib/errors/answerBadInput'
import { answerMissingVersions } from '@/lib/errors/answerMissingVersions'
import { invalidationTable, invalidationTableSql } from '@/lib/cache/invalidationLog.mjs'
import { databaseUrl, env } from '@/lib/env'
import { postgres } from '@/lib/db/postgres'
import { searchIndexesSql, textSearchSetupSql } from '@/lib/search/textSearchConfig'
import { timeZoneOptions } from '@/lib/timeZones'
import {
  memoryIndexesSql,
  memoryNearestIndexSql,
  memorySentenceIndexSql,
} from '@/lib/translationMemory/indexesSql'
import { objectStorage } from '@/lib/storage/objectStorage'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const pushSchema = env.NODE_ENV === 'development'
const readReplicas = env.DATABASE_REPLICA_URLS

/** Larger files are refused with a 413 and a message; PDFs of signed letters fit well within. */
const maxUploadBytes = 20 * 1024 * 1024

export default buildConfig({
  serverURL: env.NEXT_PUBLIC_SERVER_URL,
  secret: env.PAYLOAD_SECRET,
  admin: {
    user: Users.slug,
    // Gravatar is a third-party request, and unreachable offline.
    avatar: 'default',
    importMap: { baseDir: dirname },
    meta: adminMeta,
    components: {
      graphics: adminGraphics,
      providers: [
        '@/components/admin/LocaleAfterSignIn.client#LocaleAfterSignIn',
        '@/components/admin/RememberTimeZone.client#RememberTimeZone',
      ],
      // Translators land on their work, editors on what waits for review and what is missing.
      beforeDashboard: ['@/components/admin/TranslationDashboard#TranslationDashboard'],
    },
    // Scheduled publishing offers every zone, so that each editor's own can be preselected.
    timezones: { supportedTimezones: timeZoneOptions },
    // The public page of the draft, in the locale being edited, beside the form.
    livePreview: {
      collections: ['statements'],
      url: ({ data, locale }) =>
        data?.id
          ? `${env.NEXT_PUBLIC_SERVER_URL}/next/preview?locale=${locale.code}&id=${data.id}`
          : null,
    },
  },
  collections: [
    Statements,
    Translations,
    TranslationJobs,
    TranslationMemory,
    GlossaryTerms,
    Topics,
    Media,
    Reactions,
    Releases,
    PreviewLinks,
    States,
    Organizations,
    Signatories,
    Signatures,
    DataReleases,
    Redirects,
    Users,
  ],
  endpoints: [...healthEndpoints, runDueJobsEndpoint],
  // Depth 6 covers a list of statements with their topics' and media's fields; the complexity
  // budget (fields counted) is Payload's default, stated so that it is a decision.
  graphQL: { maxComplexity: 1000, validationRules: () => [depthLimit(6), rootFieldLimit(10)] },
  email: emailAdapter({ smtpUrl: env.SMTP_URL, from: env.EMAIL_FROM }),
  editor: richTextEditor,
  localization: payloadLocalization,
  i18n: adminLanguages,
  db: postgresAdapter({
    pool: { connectionString: databaseUrl() },
    // Reads outside a transaction go to a replica; writes, and reads inside transactions, to the
    // primary. Payload wraps the connection as soon as the option is present, even as an empty list
    // (and then has no replica to read from), so it is left out when there are none.
    ...(readReplicas.length > 0 ? { readReplicas } : {}),
    // Development pushes the schema to its own database; everything else runs migrations.
    push: pushSchema,
    // Tables outside Payload's schema, which the push must leave alone.
    tablesFilter: [`!${invalidationTable}`],
    migrationDir: path.resolve(dirname, 'migrations'),
    // No `prodMigrations`: Payload would apply them as each production process connects, before
    // and outside the lock under which scripts/migrate.ts applies them once per deploy.
  }),
  sharp,
  upload: {
    limits: { fileSize: maxUploadBytes },
    responseOnLimit: 'File size limit reached: uploads are limited to 20 MB.',
  },
  // Media files in an S3-compatible bucket when the S3_ variables are set, on the local disk otherwise.
  plugins: [objectStorage()],
  // Requests Payload fails deep inside (a value Postgres cannot read, an unreadable form) are the
  // client's fault: a 400 with a message, not a 500.
  hooks: { afterError: [answerBadInput, answerMissingVersions] },
  // Jobs (scheduled publishing) run through /api/jobs/run, once across instances
  // (lib/jobs/runDueJobs.ts); Payload's own /api/payload-jobs/run, which has no such lock, is closed.
  jobs: { access: { run: () => false } },
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
  telemetry: false,
  // A pushed schema has no migrations, so what they add outside Payload's schema is added here.
  onInit: async (payload) => {
    // Postgres closing an idle connection (a restart, a failover) is news for the log, not a
    // crash: without a listener the pool's error event would be an uncaught exception.
    const adapter = postgres(payload)
    adapter.pool.on('error', (error) =>
      payload.logger.warn(`Database connection lost: ${error.message}`),
    )
    // The replicas' pools are not on the adapter: only drizzle's replica wrapper holds them.
    if ('$replicas' in adapter.drizzle) {
      for (const replica of adapter.drizzle.$replicas) {
        ;(replica as unknown as { $client: Pool }).$client.on('error', (error) =>
          payload.logger.warn(`Read replica connection lost: ${error.message}`),
        )
      }
    }
    // Payload adds its edit-lock collection itself, after the config is read: its hook goes on here.
    payload.collections['payload-locked-documents']?.config.hooks.beforeChange.push(
      lockBelongsToRequester,
    )
    if (pushSchema)
      await payload.db.drizzle.execute(
        sql.raw(
          `${textSearchSetupSql()}\n${searchIndexesSql()}\n${memoryIndexesSql}\n${memorySentenceIndexSql}\n${memoryNearestIndexSql}\n${invalidationTableSql}`,
        ),
      )
  },
})

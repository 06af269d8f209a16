import { z } from 'zod'

/**
 * The environment, validated once. Everything else imports `env` from here rather than
 * reading `process.env`, so a missing or weak secret stops the process at start-up with
 * a message naming the variable, not on the first request.
 */

// Placeholders people copy from examples; refusing them in production is cheap insurance.
const knownWeakSecrets = new Set([
  'secret',
  'changeme',
  'change-me',
  'replace-me',
  'your-secret-here',
])

const postgresUrl = /^postgres(ql)?:\/\//

const objectStorageVariables = [
  'S3_BUCKET',
  'S3_REGION',
  'S3_ENDPOINT',
  'S3_ACCESS_KEY_ID',
  'S3_SECRET_ACCESS_KEY',
  'S3_FORCE_PATH_STYLE',
  'S3_PREFIX',
] as const
const requiredObjectStorageVariables = [
  'S3_BUCKET',
  'S3_ACCESS_KEY_ID',
  'S3_SECRET_ACCESS_KEY',
] as const

const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    DATABASE_URL: z
      .string()
      .regex(postgresUrl, 'must be a postgres:// or postgresql:// connection URL')
      .optional(),
    // Standbys streaming from DATABASE_URL; Payload reads from them outside transactions (see payload.config.ts).
    DATABASE_REPLICA_URLS: z
      .string()
      .transform((value, ctx) => {
        // Spaces after the commas and a trailing comma are how people write lists by hand.
        const urls = value
          .split(',')
          .map((entry) => entry.trim())
          .filter((entry) => entry !== '')
        urls.forEach((url, index) => {
          if (postgresUrl.test(url)) return
          // The entry may hold a password, and this message goes to the log.
          const shown = url.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@')
          ctx.addIssue({
            code: 'custom',
            message: `entry ${index + 1} (${shown}) must be a postgres:// or postgresql:// connection URL`,
          })
        })
        return urls
      })
      .default([]),
    PAYLOAD_SECRET: z.string({
      error: 'is required: it signs login sessions (`npm run dev` makes one for development)',
    }),
    NEXT_PUBLIC_SERVER_URL: z.url().default('http://localhost:3000'),
    ADMIN_EMAIL: z.email().default('admin@amicus.local'),
    ADMIN_PASSWORD: z.string().min(12, 'must be at least 12 characters').optional(),
    DEMO_TRANSLATOR_EMAIL: z.email().default('translator@amicus.local'),
    EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
    EMBEDDED_PG_DIR: z.string().default('.data/postgres'),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    JOBS_RUNNER: z.enum(['on', 'off']).default('on'),
    // Read by lib/cache/sharedCacheHandler.mjs (which Next loads outside this module); checked here
    // so that a typo stops the start rather than silently leaving each instance its own cache.
    REDIS_URL: z
      .string()
      .regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL')
      .optional(),
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
      .optional(),
    EMAIL_FROM: z.email().default('no-reply@amicus.local'),
    // Object storage for media (lib/storage/objectStorage.ts): all of bucket and keys, or none of
    // the S3_ variables. Region and path style have no default here so that setting them alone
    // counts as setting some; objectStorage.ts fills them in.
    S3_BUCKET: z.string().optional(),
    S3_REGION: z.string().optional(),
    S3_ENDPOINT: z
      .url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' })
      .optional(),
    S3_ACCESS_KEY_ID: z.string().optional(),
    S3_SECRET_ACCESS_KEY: z.string().optional(),
    S3_FORCE_PATH_STYLE: z.stringbool({ error: 'must be true or false' }).optional(),
    S3_PREFIX: z.string().optional(),
    // Per client address (the last hop in X-Forwarded-For, which the edge sets); see lib/security/rateLimits.ts.
    LOGIN_ATTEMPTS_PER_15_MINUTES: z.coerce.number().int().min(1).default(20),
    SEARCHES_PER_MINUTE: z.coerce.number().int().min(1).default(120),
    IMPORTS_PER_MINUTE: z.coerce.number().int().min(1).default(10),
    // Sign-on requests (lib/signatories/): per email address asked for, and per client address.
    SIGN_ON_REQUESTS_PER_HOUR_PER_EMAIL: z.coerce.number().int().min(1).default(3),
    SIGN_ON_REQUESTS_PER_HOUR_PER_CLIENT: z.coerce.number().int().min(1).default(10),
    // The daily check of reactions' sources (lib/sourceCheck/): `off` sends no request to them.
    SOURCE_CHECKS: z.enum(['on', 'off']).default('on'),
    SOURCE_CHECK_EVERY_HOURS: z.coerce.number().positive().default(24),
    SOURCE_CHECK_HOST_SPACING_SECONDS: z.coerce.number().min(0).default(5),
    SOURCE_CHECK_TIMEOUT_SECONDS: z.coerce.number().positive().default(15),
    SOURCE_CHECK_SECONDS_PER_ROUND: z.coerce.number().positive().default(20),
    // Assignees of translation jobs are reminded this long before the due date (lib/translationJobs/).
    TRANSLATION_REMINDER_HOURS: z.coerce.number().positive().default(48),
    // Sample reactions are demonstration data: seeded in development and tests, in production only on request.
    SEED_SAMPLE_REACTIONS: z.stringbool({ error: 'must be yes or no' }).optional(),
  })
  .superRefine((value, ctx) => {
    if (value.NODE_ENV !== 'production') return
    const secret = value.PAYLOAD_SECRET
    if (secret.length < 32 || knownWeakSecrets.has(secret.toLowerCase())) {
      ctx.addIssue({
        code: 'custom',
        path: ['PAYLOAD_SECRET'],
        message:
          'is too weak for production: use at least 32 random characters (e.g. `openssl rand -hex 32`)',
      })
    }
  })
  .superRefine((value, ctx) => {
    // Half a configuration would otherwise show up as failed uploads, or as files silently kept on local disk.
    const set = objectStorageVariables.filter((name) => value[name] !== undefined)
    if (set.length === 0) return
    for (const name of requiredObjectStorageVariables) {
      if (value[name] === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [name],
          message: `is required for object storage (${set.join(', ')} set)`,
        })
      }
    }
  })

export type Env = z.infer<typeof schema>

export function parseEnv(source: Record<string, string | undefined>): Env {
  // An empty variable (`PAYLOAD_SECRET=` in a .env file) means unset, not "the empty string".
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''))
  const result = schema.safeParse(present)
  if (!result.success) {
    const lines = result.error.issues.map(
      (issue) => `  ${issue.path.join('.') || '(environment)'} ${issue.message}`,
    )
    throw new Error(`Invalid environment:\n${lines.join('\n')}`)
  }
  return result.data
}

export const env = parseEnv(process.env)

/** The connection string, which the npm scripts provide when they start the embedded server. */
export function databaseUrl(): string {
  // `next build` loads the config to read each route's settings and never connects: an image
  // built in CI has no database, so it gets an address nothing listens on.
  if (!env.DATABASE_URL && process.env.NEXT_PHASE === 'phase-production-build')
    return 'postgres://build@127.0.0.1:1/no-database-at-build-time'
  if (!env.DATABASE_URL) {
    throw new Error(
      'DATABASE_URL is not set. Run the app through `npm run dev` or `npm start`, which start an embedded ' +
        'Postgres, or set DATABASE_URL to a server you run.',
    )
  }
  return env.DATABASE_URL
}

import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Statements } from '@/collections/Statements'
import { Users } from '@/collections/Users'
import { adminLanguages, payloadLocalization } from '@/i18n/payload'
import { databaseUrl, env } from '@/lib/env'
import { migrations } from '@/migrations'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  serverURL: env.NEXT_PUBLIC_SERVER_URL,
  secret: env.PAYLOAD_SECRET,
  admin: {
    user: Users.slug,
    // Gravatar is a third-party request, and unreachable offline.
    avatar: 'default',
    importMap: { baseDir: dirname },
  },
  collections: [Statements, Users],
  editor: lexicalEditor(),
  localization: payloadLocalization,
  i18n: adminLanguages,
  db: postgresAdapter({
    pool: { connectionString: databaseUrl() },
    // Development pushes the schema to its own database; everything else runs migrations.
    push: env.NODE_ENV === 'development',
    migrationDir: path.resolve(dirname, 'migrations'),
    prodMigrations: migrations,
  }),
  sharp,
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
  telemetry: false,
})

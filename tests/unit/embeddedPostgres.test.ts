import { mkdtemp, writeFile } from 'node:fs/promises'
import net from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { embeddedMajorVersion, freePort, startEmbeddedPostgres } from '@/lib/db/embeddedPostgres'

describe('embedded Postgres', () => {
  it('explains a taken port instead of failing obscurely', async () => {
    const port = await freePort()
    const squatter = net.createServer().listen(port, '127.0.0.1')
    await new Promise((resolve) => squatter.once('listening', resolve))
    try {
      const dataDir = await mkdtemp(path.join(tmpdir(), 'amicus-port-'))
      await expect(startEmbeddedPostgres({ dataDir, port })).rejects.toThrow(
        new RegExp(`Port ${port} is already in use.*EMBEDDED_PG_PORT.*DATABASE_URL`),
      )
    } finally {
      squatter.close()
    }
  })

  it('refuses a data directory from another major version, saying what to do', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'amicus-version-'))
    await writeFile(path.join(dataDir, 'PG_VERSION'), '18\n')
    await expect(startEmbeddedPostgres({ dataDir, port: await freePort() })).rejects.toThrow(
      new RegExp(
        `PostgreSQL 18 database, but this build embeds PostgreSQL ${embeddedMajorVersion()}.*pg_dump`,
      ),
    )
  })
})

import { describe, expect, it } from 'vitest'

import { parseEnv } from '@/lib/env'

const strongSecret = 'f'.repeat(16) + '0123456789abcdef'

describe('environment', () => {
  it('stops production without PAYLOAD_SECRET, naming the variable', () => {
    expect(() => parseEnv({ NODE_ENV: 'production' })).toThrow(/PAYLOAD_SECRET is required/)
    expect(() => parseEnv({ NODE_ENV: 'production', PAYLOAD_SECRET: '' })).toThrow(
      /PAYLOAD_SECRET is required/,
    )
  })

  it('refuses a weak secret in production', () => {
    expect(() => parseEnv({ NODE_ENV: 'production', PAYLOAD_SECRET: 'short' })).toThrow(
      /PAYLOAD_SECRET is too weak/,
    )
    expect(() => parseEnv({ NODE_ENV: 'production', PAYLOAD_SECRET: 'changeme' })).toThrow(
      /too weak/,
    )
  })

  it('accepts a strong secret and fills in the defaults', () => {
    const env = parseEnv({ NODE_ENV: 'production', PAYLOAD_SECRET: strongSecret })
    expect(env).toMatchObject({
      NEXT_PUBLIC_SERVER_URL: 'http://localhost:3000',
      ADMIN_EMAIL: 'admin@amicus.local',
      EMBEDDED_PG_PORT: 54329,
    })
    expect(env.DATABASE_URL).toBeUndefined()
  })

  it('allows a short secret outside production', () => {
    expect(parseEnv({ NODE_ENV: 'development', PAYLOAD_SECRET: 'dev' }).PAYLOAD_SECRET).toBe('dev')
  })

  it('rejects a DATABASE_URL that is not a Postgres URL and a short admin password', () => {
    expect(() => parseEnv({ PAYLOAD_SECRET: 'x', DATABASE_URL: 'mysql://localhost/db' })).toThrow(
      /DATABASE_URL must be a postgres/,
    )
    expect(() => parseEnv({ PAYLOAD_SECRET: 'x', ADMIN_PASSWORD: 'short' })).toThrow(
      /ADMIN_PASSWORD must be at least 12/,
    )
    expect(() => parseEnv({ PAYLOAD_SECRET: 'x', EMBEDDED_PG_PORT: 'eighty' })).toThrow(
      /EMBEDDED_PG_PORT/,
    )
  })
})

describe('DATABASE_REPLICA_URLS', () => {
  const replicas = (value?: string) =>
    parseEnv({ PAYLOAD_SECRET: 'x', DATABASE_REPLICA_URLS: value }).DATABASE_REPLICA_URLS

  it('means no replicas when unset or empty', () => {
    expect(replicas()).toEqual([])
    expect(replicas('')).toEqual([])
    expect(replicas(' , ')).toEqual([])
  })

  it('reads one URL or several, comma-separated, without the spaces around them', () => {
    expect(replicas('postgres://reader@replica-1/amicus')).toEqual([
      'postgres://reader@replica-1/amicus',
    ])
    expect(
      replicas(' postgres://reader@replica-1/amicus , postgresql://reader@replica-2:5433/amicus,'),
    ).toEqual(['postgres://reader@replica-1/amicus', 'postgresql://reader@replica-2:5433/amicus'])
  })

  it('rejects an entry that is not a Postgres URL, naming it without its password', () => {
    const parse = () =>
      replicas('postgres://reader@replica-1/amicus, mysql://reader:hunter2@replica-2/amicus')
    expect(parse).toThrow(
      /DATABASE_REPLICA_URLS entry 2 \(mysql:\/\/reader:\*\*\*@replica-2\/amicus\) must be a postgres:\/\//,
    )
    expect(parse).not.toThrow(/hunter2/)
  })
})

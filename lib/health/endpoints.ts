import type { Endpoint } from 'payload'

import { databaseHealth } from './databaseHealth'
import { redisHealth } from './redisHealth'

const noStore = { 'cache-control': 'no-store' }

/**
 * `GET /api/health`: liveness. 200 while this process serves requests, saying whether the
 * database and the shared cache answer ("degraded" when one does not): restarting the app would
 * bring neither back, and pages are still being served.
 *
 * `GET /api/health/ready`: readiness. 200 only when the database answers and has every migration
 * this build ships; 503 otherwise, so a load balancer sends no traffic to an instance that
 * cannot serve it (and a deploy waits for its migrations).
 */
export const healthEndpoints: Endpoint[] = [
  {
    path: '/health',
    method: 'get',
    handler: async (req) => {
      const [database, redis] = await Promise.all([databaseHealth(req.payload), redisHealth()])
      const status = database.state === 'up' && redis !== 'down' ? 'ok' : 'degraded'
      return Response.json({ status, database, redis }, { headers: noStore })
    },
  },
  {
    path: '/health/ready',
    method: 'get',
    handler: async (req) => {
      const database = await databaseHealth(req.payload)
      const ready = database.state === 'up' && database.pendingMigrations.length === 0
      return Response.json({ ready, database }, { status: ready ? 200 : 503, headers: noStore })
    },
  },
]

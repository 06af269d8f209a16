import type { Endpoint } from 'payload'

import { databaseHealth } from './databaseHealth'

const noStore = { 'cache-control': 'no-store' }

/**
 * `GET /api/health`: liveness. 200 while this process serves requests, saying whether the
 * database answers ("degraded" when it does not): restarting the app would not bring Postgres
 * back, and cached pages are still being served.
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
      const database = await databaseHealth(req.payload)
      return Response.json({ status: database.state === 'up' ? 'ok' : 'degraded', database }, { headers: noStore })
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

import net from 'node:net'

let last = { at: 0, up: true }
let inFlight: Promise<boolean> | null = null

/**
 * Whether the database accepts connections, asked at most once a second however many requests
 * ask. A TCP connect is enough to tell an outage from a working server, costs nothing on the
 * database, and runs in the proxy, which must stay light. A socket path (no host) is not probed.
 */
export function databaseReachable(url: string): Promise<boolean> {
  if (Date.now() - last.at < 1000) return Promise.resolve(last.up)
  if (inFlight) return inFlight
  const { hostname, port } = new URL(url)
  if (!hostname) return Promise.resolve(true)
  inFlight = new Promise<boolean>((resolve) => {
    const socket = net.connect({
      host: hostname.replace(/^\[|\]$/g, ''),
      port: Number(port || 5432),
      timeout: 1000,
    })
    const settle = (up: boolean) => {
      socket.destroy()
      last = { at: Date.now(), up }
      inFlight = null
      resolve(up)
    }
    socket.once('connect', () => settle(true))
    socket.once('error', () => settle(false))
    socket.once('timeout', () => settle(false))
  })
  return inFlight
}

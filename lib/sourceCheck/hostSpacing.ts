const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Runs a request to `url` when its host's turn has come. */
export type Politely = <T>(url: URL, request: () => Promise<T>) => Promise<T>

/**
 * Politeness toward the sites we check: a request to a host starts at least `spacingMs` after
 * the previous request to that host has ended. Checks run one after the other, so turns never
 * race.
 */
export function hostSpacing(spacingMs: number): Politely {
  const lastEnded = new Map<string, number>()
  return async (url, request) => {
    const previous = lastEnded.get(url.hostname)
    // A timer may fire a millisecond early: wait until the turn has really come.
    while (previous !== undefined && Date.now() < previous + spacingMs)
      await sleep(previous + spacingMs - Date.now())
    try {
      return await request()
    } finally {
      lastEnded.set(url.hostname, Date.now())
    }
  }
}

/**
 * The sources in an order that spreads each host's requests out: one per host in turn, each
 * host's own in the order given (oldest check first).
 */
export function interleaveHosts<T extends { sourceUrl: string }>(items: readonly T[]): T[] {
  const byHost = new Map<string, T[]>()
  for (const item of items) {
    // An address that does not parse is its own host; its check reports it unreachable.
    const host = URL.canParse(item.sourceUrl) ? new URL(item.sourceUrl).hostname : item.sourceUrl
    byHost.set(host, [...(byHost.get(host) ?? []), item])
  }
  const queues = [...byHost.values()]
  const ordered: T[] = []
  for (let turn = 0; ordered.length < items.length; turn++)
    for (const queue of queues) if (queue[turn]) ordered.push(queue[turn])
  return ordered
}

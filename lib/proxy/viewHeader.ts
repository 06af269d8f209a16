/**
 * The request header in which the proxy names the view of a live page it chose (the index's
 * question, or `filtered` for the tracker), for next.config.ts's rewrites. The proxy sets or
 * clears it on every request to those pages, so a reader cannot choose it.
 */
export const viewHeader = 'x-amicus-view'

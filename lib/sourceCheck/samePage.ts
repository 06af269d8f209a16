/** A path without its trailing slash: `/news/` and `/news` are the same page. */
const withoutTrailingSlash = (path: string) => (path.length > 1 ? path.replace(/\/+$/, '') : path)

/**
 * Whether a source that redirects still leads to the page it named. Moving from http to https,
 * and adding or dropping a trailing slash, keep the page; any other host (a `www.` too), path or
 * query is somewhere else, which an editor should look at. The fragment never reaches the server.
 */
export function isSamePage(from: string, to: string): boolean {
  const start = new URL(from)
  const end = new URL(to)
  // `host` holds the port, and URL drops a scheme's default one: http:80 → https:443 is the same host.
  return (
    start.host === end.host &&
    withoutTrailingSlash(start.pathname) === withoutTrailingSlash(end.pathname) &&
    start.search === end.search
  )
}

const allowedProtocols = new Set(['http:', 'https:', 'mailto:'])

/** True for absolute http(s) and mailto links: anything else (javascript:, data: ...) is unsafe in content. */
export function isSafeHref(href: string): boolean {
  try {
    return allowedProtocols.has(new URL(href.trim()).protocol)
  } catch {
    return false
  }
}

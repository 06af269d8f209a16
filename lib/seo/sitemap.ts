import { sourceLocale, type Locale, localeCodes } from '@/i18n/locales'
import { listStateCodes } from '@/lib/data/reactions'
import { signatoriesData } from '@/lib/data/signatories'
import { listStatementVersions } from '@/lib/data/statements'
import { listTopicSlugs } from '@/lib/data/topics'
import { env } from '@/lib/env'
import { localized, paths } from '@/lib/paths'

/** The protocol's limit: 50,000 URLs per sitemap file (their language alternates do not count). */
export const urlsPerSitemap = 50_000

/** A page of the site: its path (without locale) in each language it exists in. */
type Page = { pathByLocale: Partial<Record<Locale, string>>; lastmod?: string }

// Paths are already percent-encoded (lib/paths): the origin is simply put in front.
const origin = new URL(env.NEXT_PUBLIC_SERVER_URL).origin

const escapeXml = (text: string) =>
  /[&<>"]/.test(text)
    ? text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
    : text

const inEveryLocale = (path: string): Page => ({
  pathByLocale: Object.fromEntries(localeCodes.map((code) => [code, path])),
})

/**
 * Every page search engines should index: home, the statements index, the tracker's default
 * view and its changes of position, each topic, State and signatory organization page in every language, each statement in the languages it has a
 * version in. Views made of query parameters (filters, pages of a list, search) are left out.
 */
async function sitemapPages(): Promise<Page[]> {
  const [statements, topics, states, { signatories }] = await Promise.all([
    listStatementVersions(),
    listTopicSlugs(),
    listStateCodes(),
    signatoriesData(),
  ])
  const pathsOf = (slugs: Partial<Record<Locale, string>>, path: (slug: string) => string) =>
    Object.fromEntries(Object.entries(slugs).map(([code, slug]) => [code, path(slug)]))
  return [
    ...['/', paths.statements, paths.reactions, paths.reactionChanges].map(inEveryLocale),
    ...topics.map((slugs) => ({ pathByLocale: pathsOf(slugs, paths.topic) })),
    ...states.map((iso2) => inEveryLocale(paths.state(iso2))),
    ...signatories.map(({ slug }) => inEveryLocale(paths.signatory(slug))),
    ...statements.map(({ versions, updatedAt }) => ({
      pathByLocale: pathsOf(versions, paths.statement),
      lastmod: updatedAt,
    })),
  ]
}

const languagesOf = (page: Page) =>
  localeCodes.filter((code) => page.pathByLocale[code] !== undefined)

/** A page's `<url>` in each of its languages, each listing all of them and x-default (the original). */
function urlEntries(page: Page): string[] {
  const hrefs = languagesOf(page).map(
    (code) => [code, origin + localized(code, page.pathByLocale[code] ?? '')] as const,
  )
  const original = hrefs.find(([code]) => code === sourceLocale)
  const links = [...hrefs, ...(original ? [['x-default', original[1]] as const] : [])]
    .map(
      ([hreflang, href]) =>
        `<xhtml:link rel="alternate" hreflang="${hreflang}" href="${escapeXml(href)}"/>`,
    )
    .join('')
  const lastmod = page.lastmod ? `<lastmod>${page.lastmod}</lastmod>` : ''
  return hrefs.map(([, href]) => `<url><loc>${escapeXml(href)}</loc>${lastmod}${links}</url>`)
}

/** How many child sitemaps the index lists. */
export async function sitemapCount(): Promise<number> {
  const urls = (await sitemapPages()).reduce((count, page) => count + languagesOf(page).length, 0)
  return Math.max(1, Math.ceil(urls / urlsPerSitemap))
}

/** Child sitemap number `number` (from 1), or null past the last one. */
export async function childSitemapXml(number: number): Promise<string | null> {
  const start = (number - 1) * urlsPerSitemap
  const end = start + urlsPerSitemap
  const entries: string[] = []
  let seen = 0
  for (const page of await sitemapPages()) {
    const count = languagesOf(page).length
    if (seen + count > start && seen < end)
      entries.push(...urlEntries(page).slice(Math.max(0, start - seen), end - seen))
    seen += count
  }
  if (entries.length === 0 && number > 1) return null
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${entries.join('\n')}\n</urlset>\n`
}

export function sitemapIndexXml(count: number): string {
  const entries = Array.from(
    { length: count },
    (_, index) =>
      `<sitemap><loc>${escapeXml(`${origin}/sitemaps/${index + 1}.xml`)}</loc></sitemap>`,
  )
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join('\n')}\n</sitemapindex>\n`
}

export const xmlResponse = (body: string) =>
  new Response(body, { headers: { 'content-type': 'application/xml; charset=utf-8' } })

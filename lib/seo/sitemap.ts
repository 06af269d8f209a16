import { defaultLocale, type Locale, localeCodes } from '@/i18n/locales'
import { listStatementVersions } from '@/lib/data/statements'
import { env } from '@/lib/env'
import { localized, paths } from '@/lib/paths'

/** The protocol allows 50,000 URLs per file; stay well below so alternates never push it over. */
export const urlsPerSitemap = 40_000

type Url = { loc: string; lastmod?: string; alternates: Partial<Record<Locale | 'x-default', string>> }

const absolute = (path: string) => new URL(path, env.NEXT_PUBLIC_SERVER_URL).toString()

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** Every public URL: the fixed pages in each locale, then each statement in each locale it exists in. */
export async function sitemapUrls(): Promise<Url[]> {
  const fixed = ['/', paths.statements].map((path) => {
    const alternates: Url['alternates'] = { 'x-default': absolute(localized(defaultLocale, path)) }
    for (const code of localeCodes) alternates[code] = absolute(localized(code, path))
    return localeCodes.map((code) => ({ loc: absolute(localized(code, path)), alternates }))
  })
  const statements = (await listStatementVersions()).map(({ versions, updatedAt }) => {
    const alternates: Url['alternates'] = {}
    for (const code of localeCodes) {
      const slug = versions[code]
      if (slug) alternates[code] = absolute(localized(code, paths.statement(slug)))
    }
    if (alternates[defaultLocale]) alternates['x-default'] = alternates[defaultLocale]
    return localeCodes.flatMap((code) => {
      const loc = alternates[code]
      return loc ? [{ loc, lastmod: updatedAt, alternates }] : []
    })
  })
  return [...fixed, ...statements].flat()
}

export function urlsetXml(urls: Url[]): string {
  const entries = urls.map(({ loc, lastmod, alternates }) => {
    const links = Object.entries(alternates)
      .map(([hreflang, href]) => `<xhtml:link rel="alternate" hreflang="${hreflang}" href="${escapeXml(href ?? '')}"/>`)
      .join('')
    return `<url><loc>${escapeXml(loc)}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}${links}</url>`
  })
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${entries.join('\n')}\n</urlset>\n`
}

export function sitemapIndexXml(pages: number): string {
  const entries = Array.from({ length: pages }, (_, index) => `<sitemap><loc>${escapeXml(absolute(`/sitemaps/${index + 1}.xml`))}</loc></sitemap>`)
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join('\n')}\n</sitemapindex>\n`
}

export const xmlResponse = (body: string) =>
  new Response(body, { headers: { 'content-type': 'application/xml; charset=utf-8' } })

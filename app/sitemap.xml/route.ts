import { sitemapIndexXml, sitemapUrls, urlsetXml, urlsPerSitemap, xmlResponse } from '@/lib/seo/sitemap'

// Built per request from the cached lists (lib/data), never at build time, which has no database.
export const dynamic = 'force-dynamic'

/** One sitemap while it fits in one file, a sitemap index over `/sitemaps/N.xml` once it does not. */
export async function GET() {
  const urls = await sitemapUrls()
  if (urls.length <= urlsPerSitemap) return xmlResponse(urlsetXml(urls))
  return xmlResponse(sitemapIndexXml(Math.ceil(urls.length / urlsPerSitemap)))
}

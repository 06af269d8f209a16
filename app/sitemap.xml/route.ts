import { sitemapCount, sitemapIndexXml, xmlResponse } from '@/lib/seo/sitemap'

// Made on request from cached data, so that it follows what is published.
export const dynamic = 'force-dynamic'

/** The sitemap index: one child sitemap (`/sitemaps/N.xml`) per 50,000 URLs. */
export async function GET() {
  return xmlResponse(sitemapIndexXml(await sitemapCount()))
}

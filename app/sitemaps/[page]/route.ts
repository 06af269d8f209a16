import { sitemapUrls, urlsetXml, urlsPerSitemap, xmlResponse } from '@/lib/seo/sitemap'

const notFound = () => new Response('No such sitemap page.', { status: 404 })

export async function GET(_request: Request, { params }: { params: Promise<{ page: string }> }) {
  // `/sitemaps/2.xml`: the extension also keeps the locale proxy away from these addresses.
  const match = /^([1-9]\d{0,5})\.xml$/.exec((await params).page)
  if (!match) return notFound()
  const page = Number(match[1])
  const chunk = (await sitemapUrls()).slice((page - 1) * urlsPerSitemap, page * urlsPerSitemap)
  return chunk.length ? xmlResponse(urlsetXml(chunk)) : notFound()
}

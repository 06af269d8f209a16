import { sitemapUrls, urlsetXml, urlsPerSitemap, xmlResponse } from '@/lib/seo/sitemap'

export async function GET(_request: Request, { params }: { params: Promise<{ page: string }> }) {
  const { page } = await params
  const number = /^[1-9]\d{0,5}$/.test(page) ? Number(page) : NaN
  const urls = await sitemapUrls()
  const chunk = urls.slice((number - 1) * urlsPerSitemap, number * urlsPerSitemap)
  if (!Number.isFinite(number) || chunk.length === 0) return new Response('No such sitemap page.', { status: 404 })
  return xmlResponse(urlsetXml(chunk))
}

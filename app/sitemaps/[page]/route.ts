import { childSitemapXml, xmlResponse } from '@/lib/seo/sitemap'

const notFound = () => new Response('No such sitemap page.', { status: 404 })

export async function GET(_request: Request, { params }: { params: Promise<{ page: string }> }) {
  // `/sitemaps/2.xml`: the extension also keeps the locale proxy away from these addresses.
  const match = /^([1-9]\d{0,5})\.xml$/.exec((await params).page)
  if (!match) return notFound()
  const xml = await childSitemapXml(Number(match[1]))
  return xml === null ? notFound() : xmlResponse(xml)
}

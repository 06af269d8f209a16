import { notFound } from 'next/navigation'

// Unknown paths inside a locale get that locale's own 404 page, rendered per request: cached, every
// address a scanner tries would be kept (the language switcher's catch-all beside it has
// `generateStaticParams`, which would otherwise make Next cache this page too).
export const dynamic = 'force-dynamic'

export default function CatchAll() {
  notFound()
}

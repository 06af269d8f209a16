import type { Metadata } from 'next'
import { notFound, redirect } from 'next/navigation'

import { EmbargoBanner } from '@/components/EmbargoBanner'
import { StatementView } from '@/components/StatementView'
import { openPressPreview, publishedSlug, releasedStatement } from '@/lib/data/pressPreview'
import { pageLocale } from '@/lib/locale'
import { localized, paths } from '@/lib/paths'

type Props = { params: Promise<{ locale: string; token: string; id: string }> }

// Read on every request: a link stops working the moment it is revoked or expires.
export const dynamic = 'force-dynamic'

export const metadata: Metadata = { robots: { index: false, follow: false } }

/**
 * An embargoed statement as its public page will show it, from what the release approved. Once
 * the release is out, the link leads to the public page.
 */
export default async function PressStatement({ params }: Props) {
  const locale = await pageLocale(params)
  const { token, id: idParam } = await params
  const id = Number(idParam)
  if (!Number.isInteger(id)) notFound()
  const preview = await openPressPreview(token, locale)
  if (preview?.standing !== 'open') notFound()
  const { release } = preview
  if (release.published) {
    const slug = await publishedSlug(locale, id)
    if (slug) redirect(localized(locale, paths.statement(slug)))
  }
  const statement = (await releasedStatement(release, locale, id)) ?? notFound()
  return (
    <>
      <EmbargoBanner
        locale={locale}
        moment={release.moment}
        timeZone={release.timeZone}
        published={release.published}
      />
      <StatementView locale={locale} statement={statement} versions={{}} contentLocale={locale} />
    </>
  )
}

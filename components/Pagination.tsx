import { getTranslations } from 'next-intl/server'

import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'
import { paths } from '@/lib/paths'
import { type IndexQuery, indexQueryString } from '@/lib/statements/indexQuery'

type Props = {
  locale: Locale
  page: number
  totalPages: number
  /** The filters the links keep. */
  query: Omit<IndexQuery, 'page'>
}

/** Previous / next links that keep the filters, as plain GET links spelled as the proxy wants them. */
export async function Pagination({ locale, page, totalPages, query }: Props) {
  if (totalPages <= 1) return null
  const t = await getTranslations({ locale, namespace: 'StatementsIndex' })
  const hrefFor = (target: number) => {
    const qs = indexQueryString({ ...query, page: target })
    return qs ? `${paths.statements}?${qs}` : paths.statements
  }
  return (
    <nav aria-label={t('pagination')} className="pagination">
      {page > 1 && (
        <Link href={hrefFor(page - 1)} rel="prev">
          {t('previous')}
        </Link>
      )}
      <span>{t('pageOf', { page, total: totalPages })}</span>
      {page < totalPages && (
        <Link href={hrefFor(page + 1)} rel="next">
          {t('next')}
        </Link>
      )}
    </nav>
  )
}

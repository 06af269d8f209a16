import { LocaleSwitcher } from '@/components/LocaleSwitcher'
import { decodeSegment, pageLocale } from '@/lib/locale'
import { filtersToQuery, parseFilters, queryParams } from '@/lib/reactions/filters'
import { dayOf } from '@/lib/reactions/partyStatus'

type Props = { params: Promise<{ locale: string; view: string }> }

export function generateStaticParams() {
  return []
}

/**
 * A filtered view of the tracker (`reactions?…`, which the proxy sends to this internal
 * address): each language leads to the same view, its filters being the same in every language.
 */
export default async function FilteredTrackerSwitcher({ params }: Props) {
  const locale = await pageLocale(params)
  const today = dayOf(new Date())
  const view = decodeSegment((await params).view) ?? ''
  const parsed = parseFilters(queryParams(new URLSearchParams(view)), today)
  const query = parsed.ok ? filtersToQuery(parsed.filters, today) : ''
  return <LocaleSwitcher current={locale} segments={['reactions']} query={query} />
}

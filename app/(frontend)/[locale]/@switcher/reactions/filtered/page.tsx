import { LocaleSwitcher } from '@/components/LocaleSwitcher'
import { pageLocale } from '@/lib/locale'
import { filtersToQuery, parseFilters } from '@/lib/reactions/filters'
import { dayOf } from '@/lib/reactions/partyStatus'

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

/**
 * A filtered view of the tracker (`reactions?…`, which the proxy rewrites to this internal
 * address): each language leads to the same view, its filters being the same in every language.
 */
export default async function FilteredTrackerSwitcher({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  const today = dayOf(new Date())
  const parsed = parseFilters(await searchParams, today)
  const query = parsed.ok ? filtersToQuery(parsed.filters, today) : ''
  return <LocaleSwitcher current={locale} segments={['reactions']} query={query} />
}

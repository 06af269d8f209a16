/**
 * The request header in which the proxy names the view of a live page it chose (the index's
 * question, the tracker's filters, or `dated`), for next.config.ts's rewrites. The proxy sets or
 * clears it on every request to those pages, so a reader cannot choose it.
 */
export const viewHeader = 'x-amicus-view'

/**
 * What lets the edge keep a live page (the same URL gives every reader the same answer): for a
 * second, then refreshed in the background while readers get the copy it has, so a publish
 * shows within about 2 s and the app renders each question at most once a second.
 */
export const livePageCacheControl = 'public, max-age=0, s-maxage=1, stale-while-revalidate=60'

/**
 * The tracker's views over chosen dates (`from`, `to`) have no end of combinations: the app
 * renders them per request, named by this view (no filters' spelling is a bare word), and only the
 * edge keeps them. Its other views are few enough for the app to keep each.
 */
export const datedTrackerView = 'dated'
export const isDatedView = (params: URLSearchParams) => params.has('from') || params.has('to')

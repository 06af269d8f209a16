import { type Locale, localeCodes } from '@/i18n/locales'

/**
 * Every way an anonymous reader can reach content, in every language, for the embargo test: what
 * each answers, so that the test can say whether any of it mentions a release.
 */

export type Release = {
  /** A word found in every text of the release, and nowhere else (not in its addresses). */
  marker: string
  statementId: number
  reactionId: number
  /** The statement's address in each language once published. */
  slugs: Record<Locale, string>
  /** The State of the reaction, lower case. */
  state: string
}

export type Answer = { surface: string; status: number; text: string; cacheControl: string | null }

/** The pages and data files of one language. */
const pagesIn = (locale: Locale, release: Release): Record<string, string> => ({
  statement: `/${locale}/statements/${encodeURIComponent(release.slugs[locale])}`,
  home: `/${locale}`,
  statements: `/${locale}/statements`,
  search: `/${locale}/search?q=${release.marker}`,
  feed: `/${locale}/feed.xml`,
  tracker: `/${locale}/reactions`,
  state: `/${locale}/states/${release.state}`,
  csv: `/${locale}/reactions.csv`,
  json: `/${locale}/reactions.json`,
})

/** Anonymous REST and GraphQL, drafts asked for explicitly. */
const apiReads = (release: Release): Record<string, string> => {
  const { statementId: id, reactionId } = release
  return {
    'REST statement': `/api/statements/${id}?draft=true&locale=all`,
    'REST statements': `/api/statements?draft=true&locale=all&where[id][equals]=${id}`,
    'REST versions': `/api/statements/versions?where[parent][equals]=${id}`,
    'REST translations': `/api/translations?where[statement][equals]=${id}`,
    'REST reaction': `/api/reactions/${reactionId}?locale=all`,
    'REST reactions': `/api/reactions?locale=all&where[id][equals]=${reactionId}`,
  }
}

const graphqlQuery = (release: Release) =>
  `{ Statements(draft: true, where: { id: { equals: ${release.statementId} } }) { docs { id title slug } }
     Reactions(where: { id: { equals: ${release.reactionId} } }) { docs { id summary } } }`

async function ask(origin: string, surface: string, path: string, init?: RequestInit) {
  const response = await fetch(origin + path, { redirect: 'manual', ...init })
  return {
    surface,
    status: response.status,
    text: await response.text(),
    cacheControl: response.headers.get('cache-control'),
  } satisfies Answer
}

/** The sitemap index and every sitemap it lists, as paths on `origin`. */
async function sitemaps(origin: string): Promise<Answer[]> {
  const index = await ask(origin, 'sitemap index', '/sitemap.xml')
  const children = [...index.text.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
    ([, url]) => new URL(url).pathname,
  )
  if (children.length === 0) throw new Error(`The sitemap index lists no sitemap: ${index.text}`)
  return [index, ...(await Promise.all(children.map((path) => ask(origin, path, path))))]
}

/** What every surface answers on `origin`, in every language. */
export async function askEverySurface(origin: string, release: Release): Promise<Answer[]> {
  const pages = localeCodes.flatMap((locale) =>
    Object.entries(pagesIn(locale, release)).map(([name, path]) =>
      ask(origin, `${name} (${locale})`, path),
    ),
  )
  const apis = Object.entries(apiReads(release)).map(([name, path]) => ask(origin, name, path))
  const graphql = ask(origin, 'GraphQL drafts', '/api/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: graphqlQuery(release) }),
  })
  return [...(await Promise.all([...pages, ...apis, graphql])), ...(await sitemaps(origin))]
}

/**
 * The surfaces that mention the release: its marker, or its address in any language. A page's
 * own address is in its answer (Next's payload names it), so the statement page is judged by the
 * marker alone and search, asked for the marker, by the addresses alone.
 */
export function mentioning(answers: Answer[], release: Release): string[] {
  const slugs = Object.values(release.slugs).map(encodeURIComponent)
  const signsOf = (surface: string) =>
    surface.startsWith('search (')
      ? slugs
      : surface.startsWith('statement (')
        ? [release.marker]
        : [release.marker, ...slugs]
  return answers
    .filter((answer) => signsOf(answer.surface).some((sign) => answer.text.includes(sign)))
    .map((answer) => answer.surface)
}

/**
 * After the moment, whether each language shows the release on every public surface: its
 * statement page, home, the index, search, the feed, a sitemap, the tracker, the State's page,
 * the open data; and the API answers anonymously.
 */
export function visibleIn(answers: Answer[], release: Release, locale: Locale): boolean {
  const slug = encodeURIComponent(release.slugs[locale])
  const text = (name: string) =>
    answers.find((answer) => answer.surface === `${name} (${locale})`)?.text ?? ''
  const shows = (name: string, sign = release.marker) => text(name).includes(sign)
  const statementPage = answers.find((answer) => answer.surface === `statement (${locale})`)
  return (
    statementPage?.status === 200 &&
    shows('statement') &&
    ['home', 'statements', 'search', 'feed'].every((name) => shows(name, slug)) &&
    ['tracker', 'state', 'csv', 'json'].every((name) => shows(name)) &&
    answers.some((answer) => answer.surface.startsWith('/sitemaps/') && answer.text.includes(slug))
  )
}

/** Whether the anonymous API now returns the statement and the reaction. */
export function visibleInApi(answers: Answer[], release: Release): boolean {
  return ['REST statement', 'REST reaction', 'GraphQL drafts'].every((name) =>
    answers.find((answer) => answer.surface === name)?.text.includes(release.marker),
  )
}

/**
 * Every cache tag in one place: readers in `lib/data` tag with these and writers (collection
 * hooks, lib/statements) revalidate with these, so the two cannot drift apart.
 */
export const cacheTags = {
  /** Lists of statements in every locale: home, index, topic pages, feeds, sitemap. */
  statementLists: 'statements:lists',
  /** Which slug leads to which statement, in every locale (redirects included). */
  statementSlugs: 'statements:slugs',
  /** Every statement page (what a topic rename or a media change can touch). */
  statementPages: 'statements:pages',
  /** One statement's page, in every locale. */
  statement: (id: number | string) => `statement:${id}`,
  topics: 'topics',
  /** The reactions tracker, State pages, open data, and the reactions listed on statement pages. */
  reactions: 'reactions',
  /** Joint statements' signatories: the lists under statements, counts, organization pages, exports. */
  signatories: 'signatories',
  /** The dated snapshots of the open data: their list, and what the current files say of the latest. */
  dataReleases: 'data-releases',
} as const

/** The tags a change to one statement touches, in every locale (it appears in all of them). */
export function tagsForStatement(id: number | string): string[] {
  return [cacheTags.statement(id), cacheTags.statementLists, cacheTags.statementSlugs]
}

/**
 * What a write that may touch anything (a seed, a restore) invalidates. Each reader's tags include
 * at least one of these: a statement's own tag always comes with `statementPages` or `statementSlugs`.
 */
export const everyContentTag = [
  cacheTags.statementLists,
  cacheTags.statementSlugs,
  cacheTags.statementPages,
  cacheTags.topics,
  cacheTags.reactions,
  cacheTags.signatories,
  cacheTags.dataReleases,
] as const

/** What the last check of a reaction's source found (lib/sourceCheck/checkSource.ts). */
export const sourceCheckStatuses = ['ok', 'redirected', 'failed', 'unreachable'] as const

export type SourceCheckStatus = (typeof sourceCheckStatuses)[number]

/** The outcomes an editor should look at: the source fails, or now leads to another page. */
export const sourceProblems: readonly SourceCheckStatus[] = ['redirected', 'failed', 'unreachable']

export type SourceCheckResult = {
  status: SourceCheckStatus
  /** The last HTTP status the source answered with; null when it never answered. */
  httpStatus: number | null
  /** Where the source ended up after its redirects; null when it never answered. */
  finalUrl: string | null
  /** What is wrong, in words for the editors; null when nothing is. */
  problem: string | null
}

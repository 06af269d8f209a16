/**
 * Where a release stands. Only the application sets it: approving (scheduling) makes it
 * `scheduled`, the runner makes it `published` or `failed`.
 */
export const releaseStatuses = ['scheduled', 'published', 'failed'] as const
export type ReleaseStatus = (typeof releaseStatuses)[number]

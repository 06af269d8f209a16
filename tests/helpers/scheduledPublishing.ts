import type { Payload } from 'payload'

/** A statement that exists only as a draft, as an editor leaves one to be published later. */
export function draftStatement(payload: Payload, title: string) {
  return payload.create({
    collection: 'statements',
    data: { title, kind: 'statement', publishedAt: '2024-09-01', _status: 'draft' },
    draft: true,
  })
}

/** Queues the statement's publishing for `at`, as the admin's "Schedule publish" does. */
export function schedulePublish(payload: Payload, id: number, at: Date) {
  return payload.jobs.queue({
    task: 'schedulePublish',
    input: { type: 'publish', doc: { relationTo: 'statements', value: id } },
    waitUntil: at,
  })
}

/** How many times the statement was published: each publish is a version with that status. */
export async function publishedVersionCount(payload: Payload, id: number): Promise<number> {
  const versions = await payload.findVersions({
    collection: 'statements',
    where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] },
    limit: 0,
  })
  return versions.totalDocs
}

import type { Payload } from 'payload'

import type { Release, User } from '@/payload-types'

import { acceptTranslationOf, draftStatement, scheduleRelease } from './releases'
import { testUser } from './translations'

/**
 * A test file's release fixtures: an editor, an organization to react, and statements,
 * reactions and releases made through them, all deleted by `cleanUp`.
 */
export async function releaseFixtures(payload: Payload, name: string) {
  const editor: User = await testUser(payload, `${name}-editor@amicus.test`, ['editor'])
  const organization = (
    await payload.create({
      collection: 'organizations',
      data: { name: `${name} organization`, code: `${name}-organization`, kind: 'other' },
      overrideAccess: true,
    })
  ).id
  // In the order they are deleted: a release refers to statements and reactions.
  const created = {
    releases: [] as number[],
    statements: [] as number[],
    reactions: [] as number[],
  }

  /** A draft statement with accepted translations into `languages`, every text carrying `marker`. */
  async function statementIn(marker: string, languages: readonly ('fr' | 'es' | 'ar')[]) {
    const statement = await draftStatement(payload, editor, marker)
    created.statements.push(statement.id)
    for (const locale of languages)
      await acceptTranslationOf(payload, editor, statement.id, locale, marker)
    return statement.id
  }

  async function unverifiedReaction(marker: string, statement: number) {
    const reaction = await payload.create({
      collection: 'reactions',
      data: {
        actors: [{ relationTo: 'organizations', value: organization }],
        date: '2026-12-01',
        stance: 'supports',
        summary: `${marker} reaction summary`,
        sourceUrl: `https://example.org/${marker.toLowerCase()}`,
        sourceTitle: `${marker} reaction source`,
        relatedStatements: [statement],
      },
      overrideAccess: true,
    })
    created.reactions.push(reaction.id)
    return reaction.id
  }

  async function schedule(data: Parameters<typeof scheduleRelease>[2]) {
    const release = await scheduleRelease(payload, editor, data)
    created.releases.push(release.id)
    return release
  }

  const releaseNow = (id: number) =>
    payload.findByID({ collection: 'releases', id, overrideAccess: true }) as Promise<Release>

  async function cleanUp() {
    for (const [collection, ids] of Object.entries(created) as [keyof typeof created, number[]][])
      if (ids.length > 0)
        await payload.delete({ collection, where: { id: { in: ids } }, overrideAccess: true })
    await payload.delete({ collection: 'organizations', id: organization, overrideAccess: true })
  }

  return { editor, statementIn, unverifiedReaction, schedule, releaseNow, cleanUp }
}

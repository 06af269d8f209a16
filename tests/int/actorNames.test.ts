import config from '@payload-config'
import { getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { actorNamesOf, loadActorNames } from '@/lib/reactions/actorNames'

vi.mock('next/cache', () => import('../helpers/fakeNextCache'))

let payload: Payload
const context = { disableRevalidate: true }
let stateId: number
let organizationId: number

beforeAll(async () => {
  payload = await getPayload({ config })
  const state = await payload.create({
    collection: 'states',
    data: { iso2: 'QZ', name: 'Qazland' },
    locale: 'en',
    overrideAccess: true,
    context,
  })
  stateId = state.id
  const organization = await payload.create({
    collection: 'organizations',
    data: { code: 'actor-names-check', name: 'Union of Examples', kind: 'intergovernmental' },
    locale: 'en',
    overrideAccess: true,
    context,
  })
  organizationId = organization.id
  await payload.update({
    collection: 'organizations',
    id: organizationId,
    data: { name: 'Union des exemples' },
    locale: 'fr',
    overrideAccess: true,
    context,
  })
})

afterAll(async () => {
  await payload.delete({ collection: 'states', id: stateId, overrideAccess: true, context })
  await payload.delete({
    collection: 'organizations',
    id: organizationId,
    overrideAccess: true,
    context,
  })
  await payload.destroy()
})

describe('actor names for the reactions list', () => {
  it('names States and organizations in the language asked, English where a name is not translated', async () => {
    const actors = [
      { relationTo: 'organizations' as const, value: organizationId },
      { relationTo: 'states' as const, value: stateId },
    ]
    expect(actorNamesOf(actors, await loadActorNames(payload, 'fr'))).toEqual([
      'Union des exemples',
      'Qazland',
    ])
    expect(actorNamesOf(actors, await loadActorNames(payload, 'en'))).toEqual([
      'Union of Examples',
      'Qazland',
    ])
  })
})

import { initI18n } from '@payloadcms/translations'
import { describe, expect, it } from 'vitest'

import { adminText } from '@/i18n/adminText'
import { collectionLabels } from '@/i18n/label'
import { adminLanguages } from '@/i18n/payload'
import { actorNamesOf } from '@/lib/reactions/actorNames'
import { actorRefs } from '@/lib/reactions/fingerprint'

const adminI18n = (language: 'en' | 'fr') =>
  initI18n({ config: { ...adminLanguages, translations: {} }, context: 'client', language })

describe('collection labels', () => {
  it('are plain text in the editor’s language, so Payload’s “Add new …” reads as a sentence', async () => {
    const labels = collectionLabels(adminText.statement, adminText.statements)
    const en = await adminI18n('en')
    expect(en.t('fields:addNewLabel', { label: labels.singular({ i18n: en, t: en.t }) })).toBe(
      'Add new Statement',
    )
    const fr = await adminI18n('fr')
    expect(labels.plural({ i18n: fr, t: fr.t })).toBe('Déclarations')
  })
})

describe('actor names in the reactions list', () => {
  const names = {
    states: new Map([
      [1, 'France'],
      [2, 'Senegal'],
    ]),
    organizations: new Map([[1, 'European Union']]),
  }

  it('names the actors in their order, whichever collection they come from', () => {
    const actors = actorRefs([
      { relationTo: 'states', value: 2 },
      { relationTo: 'organizations', value: 1 },
      { relationTo: 'states', value: 1 },
    ])
    expect(actorNamesOf(actors, names)).toEqual(['Senegal', 'European Union', 'France'])
  })

  it('shows an actor deleted since by its number rather than dropping it', () => {
    expect(actorNamesOf([{ relationTo: 'organizations', value: 9 }], names)).toEqual(['#9'])
  })
})

import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { EmbedCredit } from '@/components/embeds/EmbedCredit'
import { EmbedStateCard } from '@/components/embeds/EmbedStateCard'
import { stateAtAddress } from '@/lib/data/stateAddress'
import { embedPath } from '@/lib/embeds/addresses'
import { dayOf } from '@/lib/reactions/partyStatus'

type Props = { params: Promise<{ locale: string; iso2: string }> }

// As the State's page: rendered on first request, then cached until a reaction or State changes.
export function generateStaticParams() {
  return []
}

/** The State named by the address, as on its page: other spellings redirect, anything else is a 404. */
const load = (params: Props['params']) =>
  stateAtAddress(params, (locale, iso2) => embedPath(locale, { kind: 'state', iso2 }))

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, state } = await load(params)
  const t = await getTranslations({ locale, namespace: 'Embeds' })
  return { title: t('title', { embed: 'state', state: state.name }) }
}

/** One State's card, to embed: name, party status, latest stance and its source. */
export default async function EmbedStatePage({ params }: Props) {
  const { locale, state, reactions } = await load(params)
  return (
    <>
      <EmbedStateCard
        locale={locale}
        state={state}
        latest={reactions[0]}
        today={dayOf(new Date())}
      />
      <EmbedCredit locale={locale} embed={{ kind: 'state', iso2: state.iso2 }} />
    </>
  )
}

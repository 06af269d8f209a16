import type { Metadata } from 'next'
import { draftMode } from 'next/headers'
import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'

import { RefreshOnSave } from '@/components/RefreshOnSave.client'
import { StatementView } from '@/components/StatementView'
import { currentStaff } from '@/lib/auth'
import { getStatementDraft } from '@/lib/data/statementDetail'
import { env } from '@/lib/env'
import { pageLocale } from '@/lib/locale'

type Props = { params: Promise<{ locale: string; id: string }> }

export const metadata: Metadata = { robots: { index: false, follow: false } }

/** The draft as it will look once published, refreshed each time the editor's changes are saved. */
export default async function StatementPreview({ params }: Props) {
  const locale = await pageLocale(params)
  const id = Number((await params).id)
  const user = (await draftMode()).isEnabled ? await currentStaff() : null
  if (!user || !Number.isInteger(id)) notFound()
  const statement = await getStatementDraft(locale, id, user)
  if (!statement) notFound()
  const t = await getTranslations({ locale, namespace: 'StatementPreview' })
  return (
    <>
      <RefreshOnSave serverURL={env.NEXT_PUBLIC_SERVER_URL} />
      {/* The latest version is a draft: never published, or changes not published yet. */}
      {statement._status !== 'published' && (
        <p className="notice" role="status">
          {t('draft')}
        </p>
      )}
      <StatementView locale={locale} statement={statement} versions={{}} contentLocale={locale} />
    </>
  )
}

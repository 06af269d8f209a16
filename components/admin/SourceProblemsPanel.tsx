import type { BeforeListServerProps } from 'payload'

import { adminText } from '@/i18n/adminText'
import { inAdminLanguage } from '@/i18n/label'
import { hasRole } from '@/lib/roles'
import { sourceProblems } from '@/lib/sourceCheck/statuses'

/** The reactions list filtered to verified reactions whose source fails or leads elsewhere. */
const problemsLink = (() => {
  const query = new URLSearchParams()
  sourceProblems.forEach((status, index) =>
    query.append(`where[or][0][and][0][sourceCheckStatus][in][${index}]`, status),
  )
  query.append('where[or][0][and][1][verified][equals]', 'true')
  return `/admin/collections/reactions?${query}`
})()

/** Above the reactions list, for editors: how many public sources need a look, and a link to them. */
export async function SourceProblemsPanel({ payload, i18n, user }: BeforeListServerProps) {
  if (!hasRole(user, 'admin', 'editor')) return null
  const { totalDocs } = await payload.count({
    collection: 'reactions',
    where: {
      and: [{ sourceCheckStatus: { in: [...sourceProblems] } }, { verified: { equals: true } }],
    },
    overrideAccess: true,
  })
  if (totalDocs === 0) return null
  return (
    <section className="amicus-source-problems" aria-labelledby="source-problems">
      <h2 id="source-problems">{inAdminLanguage(adminText.sourceProblemsTitle, i18n)}</h2>
      <p>
        {totalDocs} {inAdminLanguage(adminText.sourceProblemsCount, i18n)}{' '}
        <a href={problemsLink}>{inAdminLanguage(adminText.sourceProblemsShow, i18n)}</a>
      </p>
    </section>
  )
}

import type { BeforeListServerProps } from 'payload'

import { hasRole } from '@/lib/roles'
import { adminText } from '@/i18n/adminText'
import { inAdminLanguage } from '@/i18n/label'

import { ReactionImport } from './ReactionImport.client'

/** Above the reactions list, for editors: the spreadsheet import, labelled in the admin's language. */
export function ReactionImportPanel({ i18n, user }: BeforeListServerProps) {
  if (!hasRole(user, 'admin', 'editor')) return null
  return (
    <div className="amicus-import">
      <ReactionImport
        labels={{
          title: inAdminLanguage(adminText.importReactions, i18n),
          help: inAdminLanguage(adminText.importReactionsHelp, i18n),
          submit: inAdminLanguage(adminText.importButton, i18n),
        }}
      />
    </div>
  )
}

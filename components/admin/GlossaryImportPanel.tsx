import type { BeforeListServerProps } from 'payload'

import { adminText } from '@/i18n/adminText'
import { inAdminLanguage } from '@/i18n/label'
import { hasRole } from '@/lib/roles'

import { GlossaryImport } from './GlossaryImport.client'

/** Above the glossary, for editors: the CSV import, labelled in the admin's language. */
export function GlossaryImportPanel({ i18n, user }: BeforeListServerProps) {
  if (!hasRole(user, 'admin', 'editor')) return null
  return (
    <div className="amicus-import">
      <GlossaryImport
        labels={{
          title: inAdminLanguage(adminText.importGlossary, i18n),
          help: inAdminLanguage(adminText.importGlossaryHelp, i18n),
          submit: inAdminLanguage(adminText.importButton, i18n),
          imported: inAdminLanguage(adminText.glossaryImported, i18n),
        }}
      />
    </div>
  )
}

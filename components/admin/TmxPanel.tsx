import type { BeforeListServerProps } from 'payload'

import { adminText } from '@/i18n/adminText'
import { adminLocale, inAdminLanguage } from '@/i18n/label'
import { languageNameIn, sourceLocale, targetLocales } from '@/i18n/locales'
import { hasRole } from '@/lib/roles'
import { tmxFileName } from '@/lib/translationMemory/tmx'

import { TmxUpload } from './TmxUpload.client'

/** Above the translation memory's list, for editors: a TMX file per language pair, and the import. */
export function TmxPanel({ i18n, user }: BeforeListServerProps) {
  if (!hasRole(user, 'admin', 'editor')) return null
  const reader = adminLocale(i18n)
  const text = (label: keyof typeof adminText) => inAdminLanguage(adminText[label], i18n)
  return (
    <div className="amicus-import amicus-tmx">
      <p>
        {text('tmxDownloads')}{' '}
        {targetLocales.map((target, index) => (
          <span key={target}>
            {index > 0 ? ' · ' : null}
            <a href={`/api/translation-memory/tmx?target=${target}`} download={tmxFileName(target)}>
              {languageNameIn(sourceLocale, reader)} → {languageNameIn(target, reader)}
            </a>
          </span>
        ))}
      </p>
      <TmxUpload
        labels={{
          title: text('tmxImport'),
          help: text('tmxImportHelp'),
          submit: text('tmxImportButton'),
          imported: text('tmxImported'),
          failed: text('tmxImportFailed'),
          connectionLost: text('tmxConnectionLost'),
        }}
      />
    </div>
  )
}

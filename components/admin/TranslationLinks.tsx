import type { UIFieldServerProps } from 'payload'

import { adminText } from '@/i18n/adminText'
import { inAdminLanguage } from '@/i18n/label'
import { sourceFieldLabel } from '@/lib/translations/fieldLabels'
import { linksOf, pairLinks, type RichTextField, type TextLink } from '@/lib/translations/links'
import type { SegmentedText } from '@/lib/translations/segments'

import { languageName } from './adminLanguage'
import { sourceLocale } from '@/i18n/locales'

/**
 * A rich-text field's links, the original's beside the translation's (words → address), each
 * link paired with the translation's link to the same place; one without its pair is flagged,
 * as submitting and accepting refuse it. Read from the saved translation.
 */
export function TranslationLinks({
  data,
  i18n,
  richTextField,
}: UIFieldServerProps & { richTextField: RichTextField }) {
  const original = data?.sourceSnapshot as SegmentedText | null | undefined
  if (!original) return null
  const pairs = pairLinks(
    linksOf(original[richTextField]),
    linksOf((data as SegmentedText)[richTextField]),
  )
  if (pairs.length === 0) return null
  return (
    <div className="amicus-links field-type">
      <div className="amicus-source__label">
        {inAdminLanguage(adminText.links, i18n)} —{' '}
        {inAdminLanguage(sourceFieldLabel[richTextField], i18n)}
      </div>
      <table>
        <thead>
          <tr>
            <th scope="col">
              {inAdminLanguage(adminText.original, i18n)} ({languageName(sourceLocale)})
            </th>
            <th scope="col">{inAdminLanguage(adminText.translation, i18n)}</th>
          </tr>
        </thead>
        <tbody>
          {pairs.map((pair, index) => (
            <tr
              key={index}
              className={pair.original && pair.translation ? undefined : 'amicus-links__unpaired'}
            >
              <td lang={sourceLocale}>
                {pair.original ? (
                  <Link link={pair.original} />
                ) : (
                  <strong>{inAdminLanguage(adminText.linkExtra, i18n)}</strong>
                )}
              </td>
              <td lang={typeof data?.locale === 'string' ? data.locale : undefined}>
                {pair.translation ? (
                  <Link link={pair.translation} />
                ) : (
                  <strong>{inAdminLanguage(adminText.linkMissing, i18n)}</strong>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

function Link({ link }: { link: TextLink }) {
  return (
    <>
      “{link.text}” → <code>{link.target}</code>
    </>
  )
}

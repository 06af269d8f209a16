import { getFormatter, getTranslations } from 'next-intl/server'

import { Link } from '@/i18n/navigation'
import { langAttributes, languageNameIn, type Locale, locales, sourceLocale } from '@/i18n/locales'
import type { StatementDetail } from '@/lib/data/statementDetail'
import { localized, paths } from '@/lib/paths'
import type { TrackerReaction } from '@/lib/reactions/types'
import type { SignatoryEntry } from '@/lib/signatories/view'
import { kindMessageKey } from '@/lib/statementKinds'

import { ReactionItem } from './reactions/ReactionItem'
import { RichText } from './RichText'
import { StatementSignatories } from './signatories/StatementSignatories'
import { StatementList } from './StatementList'

type ViewProps = {
  locale: Locale
  statement: StatementDetail
  /** Verified State reactions linked to the statement (the preview shows none). */
  reactions?: TrackerReaction[]
  /** Its public signatories, in the reader's order (the preview shows none). */
  signatories?: SignatoryEntry[]
  versions: Partial<Record<Locale, string>>
  contentLocale: Locale
}

/** A statement as readers see it; the public page and the editors' preview both render it. */
export async function StatementView({
  locale,
  statement,
  versions,
  contentLocale,
  reactions = [],
  signatories = [],
}: ViewProps) {
  const [t, tCard, tReactions, format] = await Promise.all([
    getTranslations({ locale, namespace: 'StatementPage' }),
    getTranslations({ locale, namespace: 'StatementCard' }),
    getTranslations({ locale, namespace: 'Reactions' }),
    getFormatter({ locale }),
  ])
  const original = contentLocale !== locale
  const contentLang = langAttributes(contentLocale)
  const otherVersions = locales.filter(({ code }) => code !== locale && versions[code])
  const accepted = statement.localeVersions?.find((entry) => entry.locale === contentLocale)
  const outdated = Boolean(
    accepted &&
    statement.sourceRevision &&
    statement.sourceUpdatedAt &&
    accepted.sourceRevision !== statement.sourceRevision,
  )
  const originalSlug = versions[sourceLocale]

  return (
    <article className="statement">
      {original && (
        <p className="notice" role="note">
          {t('notTranslated')}
        </p>
      )}
      {outdated && statement.sourceUpdatedAt && originalSlug && (
        <p className="notice" role="note">
          {t.rich('outdated', {
            language: languageNameIn(sourceLocale, locale),
            date: format.dateTime(new Date(statement.sourceUpdatedAt), { dateStyle: 'long' }),
            link: (text) => (
              <a
                href={localized(sourceLocale, paths.statement(originalSlug))}
                hrefLang={sourceLocale}
                lang={sourceLocale}
              >
                {text}
              </a>
            ),
          })}
        </p>
      )}
      <header className="statement__header" {...contentLang}>
        <p className="card__meta" {...langAttributes(locale)}>
          {tCard('kind', { kind: kindMessageKey(statement.kind) })}
          {' · '}
          <time dateTime={statement.publishedAt}>
            {format.dateTime(new Date(statement.publishedAt), { dateStyle: 'long' })}
          </time>
        </p>
        <h1>{statement.title}</h1>
        {statement.standfirst && <p className="statement__standfirst">{statement.standfirst}</p>}
      </header>

      {statement.heroImage?.url && (
        <figure className="statement__hero">
          {/* eslint-disable-next-line @next/next/no-img-element -- sized by Payload's image sizes */}
          <img
            src={statement.heroImage.sizes?.hero?.url ?? statement.heroImage.url}
            alt={statement.heroImage.alt ?? ''}
            width={statement.heroImage.sizes?.hero?.width ?? statement.heroImage.width ?? undefined}
            height={
              statement.heroImage.sizes?.hero?.height ?? statement.heroImage.height ?? undefined
            }
          />
          {statement.heroImage.caption && <figcaption>{statement.heroImage.caption}</figcaption>}
        </figure>
      )}

      {statement.body && (
        <div {...contentLang}>
          <RichText data={statement.body} locale={locale} className="statement__body" />
        </div>
      )}

      {otherVersions.length > 0 && (
        <aside aria-labelledby="versions-heading" className="statement__aside">
          <h2 id="versions-heading">{t('alsoAvailable')}</h2>
          <ul className="inline-list">
            {otherVersions.map(({ code, label, dir }) => (
              <li key={code}>
                <a
                  href={localized(code, paths.statement(versions[code] ?? ''))}
                  hrefLang={code}
                  lang={code}
                  dir={dir}
                >
                  {label}
                </a>
              </li>
            ))}
          </ul>
        </aside>
      )}

      {statement.attachments.length > 0 && (
        <aside aria-labelledby="documents-heading" className="statement__aside">
          <h2 id="documents-heading">{t('documents')}</h2>
          <ul>
            {statement.attachments.map((file) => (
              <li key={file.id}>
                <a href={file.url ?? '#'} type={file.mimeType ?? undefined}>
                  {file.caption || file.filename}
                </a>{' '}
                (
                {t('pdf', {
                  size:
                    format.number((file.filesize ?? 0) / 1024 / 1024, {
                      maximumFractionDigits: 1,
                    }) + ' MB',
                })}
                )
              </li>
            ))}
          </ul>
        </aside>
      )}

      {statement.topics.length > 0 && (
        <aside aria-labelledby="topics-heading" className="statement__aside">
          <h2 id="topics-heading">{t('topics')}</h2>
          <ul className="inline-list">
            {statement.topics.map((topic) => (
              <li key={topic.id}>
                <Link href={paths.topic(topic.slug ?? String(topic.id))}>{topic.name}</Link>
              </li>
            ))}
          </ul>
        </aside>
      )}

      <StatementSignatories
        locale={locale}
        statementId={statement.id}
        slug={statement.slug ?? ''}
        entries={signatories}
      />

      {reactions.length > 0 && (
        <section aria-labelledby="reactions-heading" className="statement__aside">
          <h2 id="reactions-heading">{tReactions('statementReactions')}</h2>
          <ul className="reaction-list">
            {reactions.map((reaction) => (
              <li key={reaction.id}>
                <ReactionItem locale={locale} reaction={reaction} />
              </li>
            ))}
          </ul>
          <p>
            <Link href={paths.reactions}>{tReactions('allReactions')}</Link>
          </p>
        </section>
      )}

      {statement.relatedStatements.length > 0 && (
        <aside aria-labelledby="related-heading" className="statement__aside">
          <h2 id="related-heading">{t('related')}</h2>
          <StatementList statements={statement.relatedStatements} locale={locale} />
        </aside>
      )}
      <script
        type="application/ld+json"
        // JSON-LD must be raw JSON; `<` is escaped so no text in it can close the script.
        dangerouslySetInnerHTML={{
          __html: JSON.stringify(newsArticle(locale, statement, contentLocale)).replace(
            /</g,
            '\\u003c',
          ),
        }}
      />
    </article>
  )
}

function newsArticle(locale: Locale, statement: StatementDetail, contentLocale: Locale) {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: statement.title,
    description: statement.meta?.description ?? statement.standfirst ?? undefined,
    datePublished: statement.publishedAt,
    dateModified: statement.updatedAt,
    inLanguage: contentLocale,
    url: localized(locale, paths.statement(statement.slug ?? '')),
  }
}

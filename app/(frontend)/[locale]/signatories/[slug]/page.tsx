import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getFormatter, getTranslations } from 'next-intl/server'

import { Link } from '@/i18n/navigation'
import { langAttributes } from '@/i18n/locales'
import { signatoriesData, signedStatements } from '@/lib/data/signatories'
import { decodeSegment, pageLocale } from '@/lib/locale'
import { paths } from '@/lib/paths'
import { calendarDay } from '@/lib/reactions/partyStatus'
import { alternatesFor, everyLocale } from '@/lib/seo/alternates'
import { countryName, findSignatory, nameIn, signedBy } from '@/lib/signatories/view'

type Props = { params: Promise<{ locale: string; slug: string }> }

// Rendered on first request, then served from the cache until a signature or organization changes.
export function generateStaticParams() {
  return []
}

/** An organization readers may see (it signed a published statement), or the 404 page. */
async function load(params: Props['params']) {
  const locale = await pageLocale(params)
  const slug = decodeSegment((await params).slug) ?? notFound()
  const [data, statements] = await Promise.all([signatoriesData(), signedStatements(locale)])
  const signatory = findSignatory(data, slug) ?? notFound()
  const signed = signedBy(data, signatory.id).flatMap((signature) => {
    const card = statements[signature.statement]
    return card ? [{ card, signedAt: signature.signedAt }] : []
  })
  return {
    locale,
    signatory,
    signed,
    name: nameIn(signatory.names, locale),
    country: countryName(data, signatory.country, locale),
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, signatory, name } = await load(params)
  const t = await getTranslations({ locale, namespace: 'Signatories' })
  return {
    title: `${name.text} · ${t('heading')}`,
    alternates: alternatesFor(locale, everyLocale(paths.signatory(signatory.slug))),
  }
}

export default async function SignatoryPage({ params }: Props) {
  const { locale, signatory, signed, name, country } = await load(params)
  const [t, format] = await Promise.all([
    getTranslations({ locale, namespace: 'Signatories' }),
    getFormatter({ locale }),
  ])
  return (
    <article className="signatory-page">
      <h1 {...(name.locale !== locale ? langAttributes(name.locale) : {})}>{name.text}</h1>
      <p>
        <Link href={paths.state(signatory.country)}>{country}</Link>
        {' · '}
        {t('type', { type: signatory.type })}
        {signatory.website && (
          <>
            {' · '}
            <a href={signatory.website} rel="external noopener nofollow">
              {t('website')}
            </a>
          </>
        )}
      </p>
      <section aria-labelledby="signed-heading">
        <h2 id="signed-heading">{t('signedStatements')}</h2>
        <ul className="statement-list">
          {signed.map(({ card, signedAt }) => (
            <li key={card.id}>
              <Link href={paths.statement(card.slug)} {...langAttributes(card.contentLocale)}>
                {card.title}
              </Link>{' '}
              <span className="card__meta">
                {t('signedOn', {
                  date: format.dateTime(calendarDay(signedAt), { dateStyle: 'long' }),
                })}
              </span>
            </li>
          ))}
        </ul>
      </section>
    </article>
  )
}

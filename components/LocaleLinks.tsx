import { type Locale, localeInfo } from '@/i18n/locales'

export type LocaleLink = { code: Locale; href: string; originalOnly?: boolean }

type Props = { current: Locale; label: string; originalLabel: string; links: LocaleLink[] }

/** The language switcher's markup: plain links, the current language marked for assistive tech. */
export function LocaleLinks({ current, label, originalLabel, links }: Props) {
  return (
    <nav aria-label={label} className="locale-switcher">
      <ul>
        {links.map(({ code, href, originalOnly }) => {
          const { label: name, dir } = localeInfo(code)
          return (
            <li key={code}>
              <a
                href={href}
                hrefLang={code}
                lang={code}
                dir={dir}
                aria-current={code === current ? 'true' : undefined}
              >
                {name}
              </a>
              {originalOnly && <span className="locale-switcher__note"> ({originalLabel})</span>}
            </li>
          )
        })}
      </ul>
    </nav>
  )
}

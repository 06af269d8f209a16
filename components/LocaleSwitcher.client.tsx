'use client'

import { getPathname, usePathname } from '@/i18n/navigation'
import { type Locale, locales } from '@/i18n/locales'

type Props = { current: Locale; label: string }

/**
 * Plain links to this page in every language. A client component only because the layout
 * cannot know the current path on the server; the links work without JavaScript.
 */
export function LocaleSwitcher({ current, label }: Props) {
  const pathname = usePathname()
  return (
    <nav aria-label={label} className="locale-switcher">
      <ul>
        {locales.map(({ code, label: name, dir }) => (
          <li key={code}>
            <a
              href={getPathname({ href: pathname, locale: code })}
              hrefLang={code}
              lang={code}
              dir={dir}
              aria-current={code === current ? 'true' : undefined}
            >
              {name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}

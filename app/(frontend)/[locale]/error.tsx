'use client'

import Link from 'next/link'

import { SearchForm } from '@/components/SearchForm'
import { useErrorText } from '@/i18n/errorText.client'
import { localized, paths } from '@/lib/paths'

// Rendered on the server too (with a 500), so it offers only what works without JavaScript:
// reloading the address, searching, the home page.
export default function ErrorPage() {
  const text = useErrorText()
  return (
    <div className="page--narrow" role="alert">
      <h1>{text.title}</h1>
      <p>{text.body}</p>
      <p>
        <a href="">{text.retry}</a>
      </p>
      <SearchForm
        action={localized(text.locale, paths.search)}
        id="error-q"
        label={text.searchLabel}
        submit={text.searchSubmit}
      />
      <p>
        <Link href={localized(text.locale, '/')}>{text.home}</Link>
      </p>
    </div>
  )
}

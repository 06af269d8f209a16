type Props = {
  /** The search page of the reader's language: forms elsewhere (the 404 page) send the query there. */
  action: string
  id: string
  label: string
  submit: string
  query?: string
  maxLength?: number
}

/** A plain GET form, so searching works without JavaScript; usable by server and client components. */
export function SearchForm({ action, id, label, submit, query, maxLength }: Props) {
  return (
    <form method="get" action={action} role="search" className="search-form">
      <label htmlFor={id}>{label}</label>
      <div className="search-form__row">
        <input id={id} type="search" name="q" defaultValue={query} maxLength={maxLength} />
        <button type="submit">{submit}</button>
      </div>
    </form>
  )
}

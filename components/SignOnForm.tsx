import type { FieldView, SignOnFormView } from '@/lib/signatories/signOnFormView'

// Clipped to nothing rather than hidden, so that scripts filling every field find it; out of the
// tab order and of the accessibility tree, so that people never do. Not pushed off-screen: in a
// right-to-left page that would widen the page by as much.
const trapStyle = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  overflow: 'hidden',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
} as const

function describedBy(field: FieldView) {
  const ids = [field.hint && `${field.id}-hint`, field.problem && `${field.id}-problem`]
  return ids.filter(Boolean).join(' ') || undefined
}

function Control({ field }: { field: FieldView }) {
  const common = {
    id: field.id,
    name: field.name,
    required: field.required,
    'aria-invalid': field.problem ? true : undefined,
    'aria-describedby': describedBy(field),
  }
  const { input } = field
  switch (input.kind) {
    case 'select':
      return (
        <select {...common} defaultValue={field.value.toUpperCase()}>
          <option value="">{input.placeholder}</option>
          {input.choices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      )
    case 'checkbox':
      return <input {...common} type="checkbox" defaultChecked={field.value === 'on'} />
    case 'radio':
      return null
    default:
      return (
        <input
          {...common}
          type={input.kind}
          autoComplete={input.autoComplete}
          maxLength={input.maxLength}
          defaultValue={field.value}
          dir={input.kind === 'text' ? 'auto' : 'ltr'}
        />
      )
  }
}

function Field({ field }: { field: FieldView }) {
  const notes = (
    <>
      {field.hint && (
        <p id={`${field.id}-hint`} className="sign-on__hint">
          {field.hint}
        </p>
      )}
      {field.problem && (
        <p id={`${field.id}-problem`} className="sign-on__problem">
          {field.problem}
        </p>
      )}
    </>
  )
  if (field.input.kind === 'radio')
    return (
      <fieldset
        className="sign-on__field"
        aria-invalid={field.problem ? true : undefined}
        aria-describedby={describedBy(field)}
      >
        <legend>{field.label}</legend>
        {notes}
        {field.input.choices.map((choice) => (
          <label key={choice.value} className="sign-on__choice">
            <input
              type="radio"
              name={field.name}
              value={choice.value}
              required
              defaultChecked={field.value === choice.value}
            />{' '}
            {choice.label}
          </label>
        ))}
      </fieldset>
    )
  if (field.input.kind === 'checkbox')
    return (
      <div className="sign-on__field sign-on__choice">
        <Control field={field} /> <label htmlFor={field.id}>{field.label}</label>
        {notes}
      </div>
    )
  return (
    <div className="sign-on__field">
      <label htmlFor={field.id}>{field.label}</label>
      {notes}
      <Control field={field} />
    </div>
  )
}

/** The sign-on form, a plain POST form: it works without JavaScript. */
export function SignOnForm({ view }: { view: SignOnFormView }) {
  return (
    <form method="post" action={view.action} className="sign-on" noValidate>
      {view.problemsHeading && (
        <div className="sign-on__problems" role="alert">
          <h2>{view.problemsHeading}</h2>
          <ul>
            {view.problems.map((problem) => (
              <li key={problem.message}>
                {problem.fieldId ? (
                  <a href={`#${problem.fieldId}`}>{problem.message}</a>
                ) : (
                  problem.message
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      <input type="hidden" name="statement" value={view.statementId} />
      <input type="hidden" name={view.stamp.name} value={view.stamp.value} />
      <div style={trapStyle} aria-hidden="true">
        <label htmlFor={view.honeypot.id}>{view.honeypot.label}</label>
        <input
          id={view.honeypot.id}
          name={view.honeypot.name}
          type="text"
          tabIndex={-1}
          autoComplete="off"
        />
      </div>
      {view.fields.map((field) => (
        <Field key={field.name} field={field} />
      ))}
      <button type="submit">{view.submit}</button>
    </form>
  )
}

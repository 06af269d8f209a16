import { escapeHtml } from '@/lib/proxy/answers'
import type { FieldView, SignOnFormView } from '@/lib/signatories/signOnFormView'

/**
 * The sign-on form as HTML, for the answer to a refused form: the same view, fields, labels and
 * problems as components/SignOnForm.tsx renders on the page, with what the reader typed.
 */
const attribute = (name: string, value: string | number | boolean | undefined) =>
  value === undefined || value === false
    ? ''
    : value === true
      ? ` ${name}`
      : ` ${name}="${escapeHtml(String(value))}"`

function describedBy(field: FieldView) {
  const ids = [field.hint && `${field.id}-hint`, field.problem && `${field.id}-problem`]
  return ids.filter(Boolean).join(' ') || undefined
}

function notes(field: FieldView) {
  return (
    (field.hint
      ? `<p id="${field.id}-hint" class="sign-on__hint">${escapeHtml(field.hint)}</p>`
      : '') +
    (field.problem
      ? `<p id="${field.id}-problem" class="sign-on__problem">${escapeHtml(field.problem)}</p>`
      : '')
  )
}

function control(field: FieldView) {
  const common =
    attribute('id', field.id) +
    attribute('name', field.name) +
    attribute('required', field.required) +
    attribute('aria-invalid', field.problem ? 'true' : undefined) +
    attribute('aria-describedby', describedBy(field))
  const { input } = field
  switch (input.kind) {
    case 'select': {
      const chosen = field.value.toUpperCase()
      const options = input.choices.map(
        (choice) =>
          `<option${attribute('value', choice.value)}${attribute('selected', choice.value === chosen)}>${escapeHtml(choice.label)}</option>`,
      )
      return `<select${common}><option value="">${escapeHtml(input.placeholder)}</option>${options.join('')}</select>`
    }
    case 'checkbox':
      return `<input${common} type="checkbox"${attribute('checked', field.value === 'on')}>`
    case 'radio':
      return ''
    default:
      return `<input${common}${attribute('type', input.kind)}${attribute('autocomplete', input.autoComplete)}${attribute('maxlength', input.maxLength)}${attribute('value', field.value)}${attribute('dir', input.kind === 'text' ? 'auto' : 'ltr')}>`
  }
}

function fieldHtml(field: FieldView) {
  const label = escapeHtml(field.label)
  if (field.input.kind === 'radio') {
    const choices = field.input.choices.map(
      (choice) =>
        `<label class="sign-on__choice"><input type="radio"${attribute('name', field.name)}${attribute('value', choice.value)} required${attribute('checked', field.value === choice.value)}> ${escapeHtml(choice.label)}</label>`,
    )
    return `<fieldset class="sign-on__field"${attribute('aria-invalid', field.problem ? 'true' : undefined)}${attribute('aria-describedby', describedBy(field))}><legend>${label}</legend>${notes(field)}${choices.join('')}</fieldset>`
  }
  if (field.input.kind === 'checkbox')
    return `<div class="sign-on__field sign-on__choice">${control(field)} <label for="${field.id}">${label}</label>${notes(field)}</div>`
  return `<div class="sign-on__field"><label for="${field.id}">${label}</label>${notes(field)}${control(field)}</div>`
}

export function signOnFormHtml(view: SignOnFormView): string {
  const problems = view.problemsHeading
    ? `<div class="sign-on__problems" role="alert"><h2>${escapeHtml(view.problemsHeading)}</h2><ul>${view.problems
        .map(
          (problem) =>
            `<li>${problem.fieldId ? `<a href="#${problem.fieldId}">${escapeHtml(problem.message)}</a>` : escapeHtml(problem.message)}</li>`,
        )
        .join('')}</ul></div>`
    : ''
  const trap = `<div style="position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap" aria-hidden="true"><label for="${view.honeypot.id}">${escapeHtml(view.honeypot.label)}</label><input id="${view.honeypot.id}"${attribute('name', view.honeypot.name)} type="text" tabindex="-1" autocomplete="off"></div>`
  return (
    `<form method="post"${attribute('action', view.action)} class="sign-on" novalidate>${problems}` +
    `<input type="hidden" name="statement"${attribute('value', view.statementId)}>` +
    `<input type="hidden"${attribute('name', view.stamp.name)}${attribute('value', view.stamp.value)}>` +
    trap +
    view.fields.map(fieldHtml).join('') +
    `<button type="submit">${escapeHtml(view.submit)}</button></form>`
  )
}

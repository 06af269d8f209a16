import type { TextareaField, TextField, Validate } from 'payload'
import { text, textarea } from 'payload/shared'

import { type LimitedField, lengthLimits, lengthProblem } from '@/lib/text/lengthLimits'

/** What the length message calls each field ("SEO title is 72 characters; the limit is 60."). */
const names: Record<LimitedField, string> = {
  title: 'Title',
  standfirst: 'Standfirst',
  seoTitle: 'SEO title',
  seoDescription: 'SEO description',
  slug: 'Slug',
  reactionSummary: 'Summary',
  reactionQuote: 'Quote',
}

const counter = '@/components/admin/LengthCounter.client#LengthCounter'

/**
 * `field` held to its limit from lib/text/lengthLimits.ts: Payload's `maxLength` (which the
 * counter under the input reads), and a validation that names the field, the limit and the
 * length, before the field's own rules (or Payload's default ones for its type).
 */
export function limitLength<F extends TextField | TextareaField>(
  limited: LimitedField,
  field: F,
): F {
  const own = (field.validate ?? (field.type === 'textarea' ? textarea : text)) as Validate
  const validate: Validate = (value, options) =>
    lengthProblem(names[limited], value, lengthLimits[limited]) ?? own(value, options)
  const components = field.admin?.components
  return {
    ...field,
    maxLength: lengthLimits[limited],
    validate,
    admin: {
      ...field.admin,
      components: { ...components, afterInput: [...(components?.afterInput ?? []), counter] },
    },
  }
}

import { adminText } from '@/i18n/adminText'
import type { Label } from '@/i18n/label'

import type { SourceField } from './source'

/** The admin's names for the translated fields, in a translation's form and in diffs of the original. */
export const sourceFieldLabel: Record<SourceField, Label> = {
  title: adminText.title,
  standfirst: adminText.standfirst,
  seoTitle: adminText.seoTitle,
  description: adminText.seoDescription,
  body: adminText.body,
}

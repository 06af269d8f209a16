import type { FieldHook } from 'payload'

import { derivedLocaleFields } from '@/lib/statements/derivedFields'
import type { Statement } from '@/payload-types'

/** The search text of the locale being saved, from its body (lib/statements/derivedFields.ts). */
export const deriveSearchText: FieldHook<Statement, string | null | undefined> = ({
  siblingData,
}) => derivedLocaleFields({ body: siblingData?.body }).searchText

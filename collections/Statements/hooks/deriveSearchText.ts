import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'
import type { FieldHook } from 'payload'

import type { Statement } from '@/payload-types'

/** The body as plain text, kept beside it in each locale for full-text search and excerpts. */
export const deriveSearchText: FieldHook<Statement, string | null | undefined> = ({
  siblingData,
}) => {
  const body = siblingData?.body
  return body ? convertLexicalToPlaintext({ data: body }) : null
}

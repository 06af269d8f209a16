import { revalidateTag } from 'next/cache'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { localeCodes } from '@/i18n/locales'
import { cacheTags } from '@/lib/cacheTags'

// A statement appears in every locale's lists (untranslated ones show the original), so a
// change to any locale invalidates them all.
function revalidateStatementLists(context: Record<string, unknown>) {
  if (context.disableRevalidate) return
  for (const locale of localeCodes) revalidateTag(cacheTags.statements(locale), { expire: 0 })
}

export const revalidateStatement: CollectionAfterChangeHook = ({ doc, req: { context } }) => {
  revalidateStatementLists(context)
  return doc
}

export const revalidateStatementDelete: CollectionAfterDeleteHook = ({ doc, req: { context } }) => {
  revalidateStatementLists(context)
  return doc
}

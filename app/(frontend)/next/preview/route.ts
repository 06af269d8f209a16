import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'
import { z } from 'zod'

import { localeCodes } from '@/i18n/locales'
import { currentStaff } from '@/lib/auth'
import { localized } from '@/lib/paths'

const query = z.object({
  locale: z.enum(localeCodes),
  id: z.coerce.number().int().positive(),
})

/**
 * Entry point of the admin's live preview: checks that the visitor is signed in to the admin,
 * turns on draft mode, and opens the draft of the statement in the locale being edited.
 */
export async function GET(request: Request) {
  const parsed = query.safeParse(Object.fromEntries(new URL(request.url).searchParams))
  if (!parsed.success)
    return new Response('Preview needs a locale (en, fr, es, ar) and a statement id.', {
      status: 400,
    })
  if (!(await currentStaff()))
    return new Response('Sign in to the admin to preview drafts.', { status: 403 })
  ;(await draftMode()).enable()
  redirect(localized(parsed.data.locale, `/preview/statements/${parsed.data.id}`))
}

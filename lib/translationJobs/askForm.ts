import { z } from 'zod'

import { isTargetLocale, type TargetLocale } from '@/i18n/locales'
import { isTimeZone } from '@/lib/timeZones'
import { instantOf } from '@/lib/wallClock'

/** What the "Ask for translation" form asks for: jobs for one statement in several languages. */
export type AskRequest = {
  statement: number
  locales: TargetLocale[]
  assignee: number | null
  dueAt: string | null
  note: string | null
}

const id = (what: string) =>
  z.coerce.number({ error: what }).int(what).positive(what).max(2_147_483_647, what)

const fields = z.object({
  statement: id('Say which statement to translate.'),
  locales: z
    .array(z.string())
    .min(1, 'Choose at least one language to ask for.')
    .refine((values) => values.every(isTargetLocale), 'Ask for French, Spanish or Arabic.'),
  assignee: z.union([z.literal(''), id('Choose the translator from the list.')]),
  dueAt: z
    .string()
    .regex(/^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})?$/, 'Give the due date as a date and time.'),
  note: z.string().max(2000, 'Keep the note under 2,000 characters.'),
})

/** The form read: the due date is the editor's wall-clock time in their own zone (UTC when unset). */
export function readAskForm(
  form: { get(name: string): unknown; getAll(name: string): unknown[] },
  zone: string | null | undefined,
): AskRequest | { problems: string[] } {
  const text = (name: string) => {
    const value = form.get(name)
    return typeof value === 'string' ? value.trim() : ''
  }
  const parsed = fields.safeParse({
    statement: text('statement'),
    locales: form.getAll('locale'),
    assignee: text('assignee'),
    dueAt: text('dueAt'),
    note: text('note'),
  })
  if (!parsed.success) return { problems: parsed.error.issues.map((issue) => issue.message) }
  const { statement, locales, assignee, dueAt, note } = parsed.data
  const due = dueAt ? instantOf(dueAt, zone && isTimeZone(zone) ? zone : 'UTC') : null
  if (dueAt && !due) return { problems: [`${dueAt} is not a date and time on any calendar.`] }
  return {
    statement,
    locales: [...new Set(locales)] as TargetLocale[],
    assignee: assignee === '' ? null : assignee,
    dueAt: due?.toISOString() ?? null,
    note: note || null,
  }
}

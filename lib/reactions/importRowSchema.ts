/**
 * What one row of a reactions file must hold, with the message an editor reads for each problem,
 * and the reaction it becomes.
 */
import { z } from 'zod'

import type { sourceLocale, TargetLocale } from '@/i18n/locales'
import { lengthLimits, lengthProblem } from '@/lib/text/lengthLimits'
import { isWebUrl } from '@/lib/text/webUrl'

import { type ActorRef, reactionFingerprint } from './fingerprint'
import { type ActorLookup, actorFor, codesIn } from './importActors'
import { type Stance, stanceValues } from './stances'

export type ValidRow = {
  row: number
  fingerprint: string
  actors: ActorRef[]
  date: string
  stance: Stance
  summary: Record<typeof sourceLocale, string> & Partial<Record<TargetLocale, string>>
  quote: string | null
  quoteLanguage: string | null
  sourceUrl: string
  sourceTitle: string
  sourcePublisher: string | null
  verified: boolean
  editorNotes: string | null
}

const isCalendarDay = (value: string) => {
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value)
}

/** The Rome Statute was adopted on 17 July 1998: an earlier date is a typo in the year. */
const earliestDay = '1998-07-17'

const cell = z.string().trim()
const filled = (column: string) => cell.min(1, { error: `${column} is empty.`, abort: true })
const optional = cell.transform((value) => value || null)
/** The column's text within the field's length limit (lib/text/lengthLimits.ts). */
const withinLimit =
  (column: string, limit: number) => (value: string | null, context: z.RefinementCtx) => {
    const problem = lengthProblem(column, value, limit)
    if (problem) context.addIssue({ code: 'custom', message: problem, input: value })
  }
const summary = (column: string) =>
  optional.superRefine(withinLimit(column, lengthLimits.reactionSummary))

/** A row's cells (every column, as text) checked against the file's actors and `today`. */
export function rowSchema(lookup: ActorLookup, today: string) {
  return z
    .object({
      date: filled('date')
        .regex(/^\d{4}-\d{2}-\d{2}$/, {
          error: (issue) =>
            `the date “${issue.input}” is not written YYYY-MM-DD (e.g. 2024-05-31).`,
          abort: true,
        })
        .refine(isCalendarDay, {
          error: (issue) => `${issue.input} is not a day in the calendar.`,
          abort: true,
        })
        .refine((day) => day >= earliestDay, {
          error: (issue) =>
            `${issue.input} is before the Rome Statute was adopted (17 July 1998): check the year.`,
          abort: true,
        })
        .refine((day) => day <= today, { error: (issue) => `${issue.input} is in the future.` }),
      actors: filled('actors').transform((value, context) => {
        const codes = codesIn(value)
        if (codes.length === 0)
          context.issues.push({
            code: 'custom',
            message: `“${value}” names no State or organization.`,
            input: value,
          })
        const found = codes.map((code) => actorFor(code, lookup))
        for (const problem of found.filter((actor) => typeof actor === 'string'))
          context.issues.push({ code: 'custom', message: problem, input: value })
        return found.filter((actor) => typeof actor !== 'string')
      }),
      stance: filled('stance')
        .toLowerCase()
        .pipe(
          z.enum(stanceValues, {
            error: (issue) =>
              `“${String(issue.input)}” is not a stance: use one of ${stanceValues.join(', ')}.`,
          }),
        ),
      summary_en: filled('summary_en').superRefine(
        withinLimit('summary_en', lengthLimits.reactionSummary),
      ),
      summary_fr: summary('summary_fr'),
      summary_es: summary('summary_es'),
      summary_ar: summary('summary_ar'),
      quote: optional.superRefine(withinLimit('quote', lengthLimits.reactionQuote)),
      quote_language: cell
        .regex(/^([a-z]{2,3}(-[a-zA-Z0-9]{2,8})?)?$/, {
          error: (issue) =>
            `quote_language “${issue.input}” is not a language code such as en, fr or pt-BR.`,
        })
        .transform((value) => value || null),
      source_url: filled('source_url').refine(isWebUrl, {
        error: (issue) =>
          `source_url “${issue.input}” is not a web address: it must start with https:// or http://.`,
      }),
      source_title: filled('source_title'),
      source_publisher: optional,
      verified: cell
        .toLowerCase()
        .pipe(
          z.enum(['yes', 'no', ''], {
            error: (issue) =>
              `verified must be “yes”, “no” or empty, not “${String(issue.input)}”.`,
          }),
        )
        .transform((value) => value === 'yes'),
      editor_notes: optional,
    })
    .transform((fields) => ({
      fingerprint: reactionFingerprint(fields.actors, fields.date, fields.source_url),
      actors: fields.actors,
      date: fields.date,
      stance: fields.stance,
      summary: {
        en: fields.summary_en,
        ...(fields.summary_fr ? { fr: fields.summary_fr } : {}),
        ...(fields.summary_es ? { es: fields.summary_es } : {}),
        ...(fields.summary_ar ? { ar: fields.summary_ar } : {}),
      },
      quote: fields.quote,
      quoteLanguage: fields.quote_language,
      sourceUrl: fields.source_url,
      sourceTitle: fields.source_title,
      sourcePublisher: fields.source_publisher,
      verified: fields.verified,
      editorNotes: fields.editor_notes,
    }))
}

import { dayOf } from './partyStatus'

/**
 * Corrections to public reactions. Once a reaction is verified, readers may have quoted or counted
 * it, so a change to what it says (its stance, date, quote or source) is made in the open: it
 * carries a reason, shown to readers, and is logged on the reaction with the day it was made.
 * Other fields (summary, title, notes...) and reactions not yet verified change freely.
 */

export const correctedFields = ['stance', 'date', 'quote', 'sourceUrl'] as const
export type CorrectedField = (typeof correctedFields)[number]

/** What readers are told, at most: a sentence or two, like a summary. */
export const reasonMaxLength = 500

export type CorrectionEntry = { correctedAt: string; fields: CorrectedField[]; reason: string }

type Values = Partial<Record<CorrectedField, unknown>> & { verified?: boolean | null }

/** A date or timestamp as its day, so a day re-sent at another time of day is no change. */
function comparable(field: CorrectedField, value: unknown): string {
  if (value === null || value === undefined) return ''
  if (field === 'date' && (typeof value === 'string' || value instanceof Date)) {
    const time = new Date(value)
    if (!Number.isNaN(time.getTime())) return dayOf(time)
  }
  return String(value)
}

/** The fields readers would see change, between the stored reaction and what is saved over it. */
export function changedFields(original: Values, next: Values): CorrectedField[] {
  return correctedFields.filter(
    (field) =>
      field in next && comparable(field, original[field]) !== comparable(field, next[field]),
  )
}

export type CorrectionCheck =
  | { kind: 'none' }
  | { kind: 'logged'; entry: CorrectionEntry }
  | { kind: 'refused'; message: string }

const names: Record<CorrectedField, string> = {
  stance: 'stance',
  date: 'date',
  quote: 'quote',
  sourceUrl: 'source address',
}

/**
 * Whether saving `next` over `original` is a correction: none when the original is not public or
 * nothing readers see changes; otherwise logged with its reason, or refused for want of one.
 */
export function checkCorrection(
  original: Values | undefined,
  next: Values,
  reason: unknown,
  now: Date,
): CorrectionCheck {
  if (!original?.verified) return { kind: 'none' }
  const fields = changedFields(original, next)
  if (fields.length === 0) return { kind: 'none' }
  const text = typeof reason === 'string' ? reason.trim() : ''
  const changed = fields.map((field) => names[field]).join(', ')
  if (!text)
    return {
      kind: 'refused',
      message: `This reaction is public: changing its ${changed} needs a reason for the correction, which readers will see.`,
    }
  if (text.length > reasonMaxLength)
    return {
      kind: 'refused',
      message: `The reason for the correction is ${text.length} characters; the limit is ${reasonMaxLength}.`,
    }
  return { kind: 'logged', entry: { correctedAt: now.toISOString(), fields, reason: text } }
}

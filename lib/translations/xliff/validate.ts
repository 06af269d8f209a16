import type { Locale } from '@/i18n/locales'
import { type LimitedField, lengthLimits, lengthProblem } from '@/lib/text/lengthLimits'
import { slugify } from '@/lib/text/slugify'
import { linkProblems, linkTargetOf } from '@/lib/translations/links'
import { type SegmentError, segmentName, untranslatedSegments } from '@/lib/translations/segments'

import {
  type ExpectedFile,
  originalPattern,
  plainText,
  readXliff12,
  type Segment,
  type TranslatableFields,
  type XliffDocument,
  type XliffUnit,
  type XliffValue,
} from './model'
import { tagProblems } from './tags'

/**
 * An uploaded file checked against the statement: first as a file (XLIFF 1.2, this statement,
 * this revision, these languages), then segment by segment. Messages speak to translators.
 */

const staleRevision = 'The source text changed since this file was exported; download a new file.'

type Parsed = { ok: true; document: XliffDocument } | { ok: false; reason: string }

type ReadFile = { ok: true; units: Map<string, XliffUnit> } | { ok: false; errors: SegmentError[] }

/** The file's trans-units by id, when it is an XLIFF 1.2 file of the expected statement, revision and languages. */
export function readXliff(xml: string, expected: ExpectedFile): ReadFile {
  const parsed = parseXliff(xml)
  if (!parsed.ok) return fileError(`This is not a valid XLIFF 1.2 file: ${parsed.reason}`)
  return readFile(parsed.document, expected)
}

function parseXliff(xml: string): Parsed {
  // Set by the callback, which the library calls before it returns.
  let parsed!: Parsed
  try {
    // Whitespace between inline tags is text ("<g>Rome</g> <g>Statute</g>"), so it must be kept.
    readXliff12(xml, { captureSpacesBetweenElements: true }, (error, document) => {
      parsed = error
        ? { ok: false, reason: `the XML is malformed (${error.message.split('\n')[0]}).` }
        : { ok: true, document }
    })
  } catch {
    // The library assumes the XLIFF structure and throws when an element it expects is missing.
    parsed = {
      ok: false,
      reason: 'it does not have the <xliff>, <file> and <body> elements of an XLIFF document.',
    }
  }
  return parsed
}

function readFile(document: XliffDocument, expected: ExpectedFile): ReadFile {
  if (document.xliffVersion)
    return fileError(`This is not a valid XLIFF 1.2 file: it is XLIFF ${document.xliffVersion}.`)
  const files = Object.entries(document.resources)
  if (files.length !== 1)
    return fileError(
      `This is not a valid XLIFF 1.2 file: it should hold one <file> element, not ${files.length}.`,
    )
  const [original, units] = files[0]
  const messages = fileProblems(document, original, expected)
  if (messages.length > 0)
    return { ok: false, errors: messages.map((message) => ({ segment: null, message })) }
  return { ok: true, units: new Map(Object.entries(units)) }
}

function fileError(message: string): { ok: false; errors: SegmentError[] } {
  return { ok: false, errors: [{ segment: null, message }] }
}

/** Problems with the file as a whole. Its segments are not checked then: they belong to another text. */
function fileProblems(document: XliffDocument, original: string, expected: ExpectedFile): string[] {
  const problems: string[] = []
  const match = originalPattern.exec(original)
  if (!match) {
    problems.push(`This file was not exported from a statement: its original is “${original}”.`)
  } else if (Number(match[1]) !== expected.statementId) {
    problems.push(
      `This file belongs to statement ${match[1]}, not to statement ${expected.statementId}.`,
    )
  } else if (match[2] !== encodeURIComponent(expected.sourceRevision)) {
    problems.push(staleRevision)
  }
  if (!sameLanguage(document.sourceLanguage, expected.sourceLocale)) {
    problems.push(
      `This file translates from “${document.sourceLanguage ?? 'no language'}”, but the statement is written in “${expected.sourceLocale}”.`,
    )
  }
  if (!sameLanguage(document.targetLanguage, expected.targetLocale)) {
    problems.push(
      `This file is a translation into “${document.targetLanguage ?? 'no language'}”, not into “${expected.targetLocale}”.`,
    )
  }
  return problems
}

/** CAT tools often write a regional variant (fr-FR for fr); the language is what must match. */
function sameLanguage(tag: string | undefined, locale: Locale): boolean {
  return tag?.toLowerCase().split(/[-_]/)[0] === locale
}

/**
 * The shared rule's word on the links of what would be saved, each told at the segment that has
 * the original's link (null: no segment has it).
 */
function linkErrors(
  source: TranslatableFields,
  fields: TranslatableFields,
  segments: Segment[],
): Map<string | null, SegmentError[]> {
  const errors = new Map<string | null, SegmentError[]>()
  for (const { message, difference } of linkProblems(source, fields)) {
    const holder = segments.find((segment) =>
      [...segment.tags.values()].some(
        (tag) => tag.kind === 'link' && linkTargetOf(tag.node) === difference.link.target,
      ),
    )
    const segment = holder?.id ?? null
    errors.set(segment, [...(errors.get(segment) ?? []), { segment, message }])
  }
  return errors
}

/**
 * Every problem with the segments of a file that passed readXliff, in the source's reading
 * order: per segment, then links no segment holds, then segments the statement does not have.
 */
export function translationErrors(
  source: TranslatableFields,
  fields: TranslatableFields,
  segments: Segment[],
  units: Map<string, XliffUnit>,
): SegmentError[] {
  const untranslated = new Map(
    untranslatedSegments(source, fields).map((error) => [error.segment, error]),
  )
  const links = linkErrors(source, fields, segments)
  return [
    ...segments.flatMap((segment) =>
      segmentErrors(
        segment,
        units.get(segment.id),
        untranslated.get(segment.id),
        links.get(segment.id) ?? [],
      ),
    ),
    ...(links.get(null) ?? []),
    ...unknownSegmentErrors(units, segments),
  ]
}

/** One segment's problems: missing from the file, else its tags, else the shared rules' word on its text and links. */
function segmentErrors(
  segment: Segment,
  unit: XliffUnit | undefined,
  untranslated: SegmentError | undefined,
  links: SegmentError[],
): SegmentError[] {
  const error = (message: string) => ({ segment: segment.id, message })
  const target =
    unit?.target !== undefined && plainText(unit.target).trim() !== '' ? unit.target : undefined
  // Without a slug of the translator's, the address is made from the title, as in the admin.
  if (segment.id === 'slug')
    return target === undefined
      ? []
      : [...slugProblems(segment, target), ...lengthProblems(segment, target)].map(error)
  if (!unit) return [error(`Segment ${segment.id} is missing from the file.`)]
  const problems =
    target === undefined
      ? []
      : [...tagProblems(segment, target), ...lengthProblems(segment, target)]
  if (problems.length > 0) return problems.map(error)
  return untranslated ? [untranslated] : links
}

/** The limits of lib/text/lengthLimits.ts, by segment: a translation answers to the original's. */
const segmentLimits: Partial<Record<string, LimitedField>> = {
  title: 'title',
  slug: 'slug',
  standfirst: 'standfirst',
  seoTitle: 'seoTitle',
  description: 'seoDescription',
}

/** The target's text, as it would be saved, over its field's length limit. */
function lengthProblems(segment: Segment, target: XliffValue): string[] {
  const limited = segmentLimits[segment.id]
  if (!limited) return []
  const text = plainText(target).trim()
  const problem =
    segment.id === 'slug'
      ? lengthProblem('Slug', slugify(text, Number.POSITIVE_INFINITY), lengthLimits.slug)
      : lengthProblem(segmentName(segment.id), text, lengthLimits[limited])
  return problem ? [problem] : []
}

function slugProblems(segment: Segment, target: XliffValue): string[] {
  const problems = tagProblems(segment, target)
  if (problems.length > 0 || slugify(plainText(target))) return problems
  return [
    'Segment slug has no letter or digit to make an address of; write one, or leave the target empty to have it made from the title.',
  ]
}

function unknownSegmentErrors(units: Map<string, XliffUnit>, segments: Segment[]): SegmentError[] {
  const known = new Set(segments.map((segment) => segment.id))
  return [...units.keys()]
    .filter((id) => !known.has(id))
    .map((id) => ({
      segment: id,
      message: `Segment ${id} is not part of this statement; remove it.`,
    }))
}

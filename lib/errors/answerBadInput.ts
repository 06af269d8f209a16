import type { AfterErrorHook, PayloadRequest } from 'payload'

/**
 * Payload answers 500 to several requests that are simply malformed, because the failure
 * surfaces deep inside it (the database, the multipart parser, a field hook) rather than in its
 * own validation. This `afterError` hook (root config, `hooks.afterError`) recognises those and
 * answers 400 with a message a person can act on; anything else stays a 500.
 */

// SQLSTATE class 22, "data exception": a value Postgres cannot read as its column's type (text
// where an id is expected, an unknown choice, a NUL character, a negative page). Values reach it
// as parameters, so this is never injection, only a request that cannot mean anything.
const dataException = /^22[0-9A-Z]{3}$/
// 23503, foreign key violation: a relationship to an id that names no document.
const missingReference = '23503'

// How busboy (behind Payload's multipart parser) and the parser itself say a body is unreadable.
const unreadableForm = [
  /^Request is not eligible for file upload$/,
  /^Unexpected end of (form|file)$/,
  /^Malformed (part header|content type|urlencoded form)$/,
  /^Multipart: Boundary not found$/,
  /^Unsupported content type: /,
  /^Missing Content-Type$/,
]

// The Postgres adapter's wording for an operator the field's type has no query for (`near` on
// text): `adapter.operators[queryOperator] is not a function`, minified in a production build.
const unknownOperator = /^\w+\.operators\[\w+\] is not a function$/
// Node's file functions refuse a path with a NUL (`/api/media/file/%00`).
const nulInPath = /must be a string, Uint8Array, or URL without null bytes/

const writeMethods = new Set(['POST', 'PATCH', 'PUT'])

/** The error and what it wraps: Drizzle keeps the Postgres error as `cause`, GraphQL as `originalError`. */
function* causes(error: unknown): Generator<object> {
  let current = error
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    yield current
    current =
      'cause' in current && current.cause
        ? current.cause
        : 'originalError' in current
          ? current.originalError
          : undefined
  }
}

const isPlainObject = (value: unknown) =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Why the request, not the server, is at fault; or null for a genuine server error. */
export function badInputMessage(
  error: unknown,
  req: Pick<PayloadRequest, 'method' | 'data'>,
): string | null {
  for (const cause of causes(error)) {
    const code = 'code' in cause ? cause.code : undefined
    if (typeof code === 'string' && dataException.test(code)) {
      return 'A value in this request cannot be used: ids and numbers must be numbers, dates must be dates, choices must be among the allowed values, and text must not contain NUL characters.'
    }
    if (code === missingReference)
      return 'A relationship in this request points to a document that does not exist.'
    if (!(cause instanceof Error)) continue
    if (cause instanceof SyntaxError) return 'The request contains invalid JSON.'
    if (unreadableForm.some((pattern) => pattern.test(cause.message))) {
      return 'The form upload could not be read: send multipart/form-data with its boundary, or JSON with Content-Type: application/json.'
    }
    if (cause instanceof TypeError && unknownOperator.test(cause.message))
      return 'This query operator cannot be used on this field.'
    if (cause instanceof TypeError && nulInPath.test(cause.message))
      return 'A file name cannot contain NUL characters.'
    // A create or update whose body is not a JSON object (text/plain, `null`, an array nested
    // thousands deep) fails in the first field hook, with a TypeError or a RangeError.
    if (writeMethods.has(req.method?.toUpperCase() ?? '') && !isPlainObject(req.data)) {
      return 'Send the document as a JSON object, with Content-Type: application/json.'
    }
  }
  return null
}

export const answerBadInput: AfterErrorHook = ({ error, req, graphqlResult }) => {
  // Errors that already say the client is at fault (a 413 for a large file, a 403) stand as they are.
  const status = 'status' in error && typeof error.status === 'number' ? error.status : 500
  if (status < 500) return
  const message = badInputMessage(error, req)
  if (!message) return
  if (graphqlResult)
    return {
      graphqlResult: {
        ...graphqlResult,
        message,
        extensions: { ...graphqlResult.extensions, statusCode: 400 },
      },
    }
  return { status: 400, response: { errors: [{ message }] } }
}

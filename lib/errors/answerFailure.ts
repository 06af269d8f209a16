import { APIError, type PayloadRequest, ValidationError } from 'payload'

/**
 * A request one of Amicus's own endpoints refuses: the HTTP status, and for the person what is
 * wrong, answered as JSON `{ errors }` like Payload's own refusals. An endpoint's errors may say
 * where each problem is (an XLIFF segment, a CSV row) beside the message.
 */
export type Failure<Problem extends { message: string } = { message: string }> = {
  status: number
  errors: Problem[]
}

/** A refusal with one message; `where` is what the endpoint's errors say of the whole request. */
export function fail<Where extends object = object>(
  status: number,
  message: string,
  where = {} as Where,
): Failure<Where & { message: string }> {
  return { status, errors: [{ ...where, message }] }
}

export function answerFailure({ status, errors }: Failure): Response {
  return Response.json({ errors }, { status })
}

/**
 * An endpoint's failed write, answered: Payload's validation errors and public errors carry the
 * messages people should read (a field's own is its `segment`); anything else is logged and
 * stays private.
 */
export function answerWriteError(req: PayloadRequest, error: unknown, what: string): Response {
  if (error instanceof ValidationError) {
    return answerFailure({
      status: 400,
      errors: error.data.errors.map(({ path, message }) => ({ segment: path, message })),
    })
  }
  if (error instanceof APIError && error.isPublic)
    return answerFailure(fail(error.status, error.message))
  req.payload.logger.error({ err: error, msg: `${what} failed` })
  return answerFailure(fail(500, 'Something went wrong; nothing was saved.'))
}

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

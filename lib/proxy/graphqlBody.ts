import { type NextRequest, NextResponse } from 'next/server'

import { refuse } from './answers'

/**
 * Payload's GraphQL route fails with a 500 on a body it cannot parse; anything else it answers
 * itself. Queries come as JSON (nobody uploads files through our GraphQL). Next hands the proxy
 * a copy of the body, so reading it here costs the route nothing.
 */
export async function checkGraphqlBody(request: NextRequest): Promise<NextResponse> {
  if (request.method !== 'POST') return NextResponse.next()
  const type = request.headers.get('content-type') ?? ''
  if (!/^application\/(graphql-response\+)?json\b/i.test(type)) {
    return refuse(415, 'Send GraphQL queries as JSON (Content-Type: application/json).')
  }
  try {
    JSON.parse(await request.clone().text())
    return NextResponse.next()
  } catch {
    return refuse(400, 'The request body is not valid JSON.')
  }
}

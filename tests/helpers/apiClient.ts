export type Json = Record<string, unknown>
export type Doc = Json & { id: number }

export type RestReply = { status: number; text: string; body: Json }
export type GraphqlError = {
  message: string
  path?: (string | number)[]
  extensions?: { name?: string; statusCode?: number }
}
export type GraphqlReply = {
  status: number
  text: string
  data: Json | null
  errors: GraphqlError[]
}

export type ApiClient = {
  rest: (
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    path: string,
    body?: Json | FormData,
  ) => Promise<RestReply>
  graphql: (query: string, variables?: Json) => Promise<GraphqlReply>
}

const parse = (text: string): Json => {
  try {
    const value: unknown = JSON.parse(text)
    return typeof value === 'object' && value !== null ? (value as Json) : { value }
  } catch {
    // Not JSON (an HTML error page): the status and text say what happened.
    return {}
  }
}

/**
 * REST and GraphQL calls to the running server as one person: `token` is the JWT from
 * POST /api/users/login (null for an anonymous visitor). Payload takes `Authorization: JWT …`
 * without the origin check its session cookie needs. `inspect` sees every reply's text.
 */
export function apiClient(
  baseURL: string,
  token: string | null,
  inspect: (text: string, request: string) => void,
): ApiClient {
  const auth: Record<string, string> = token ? { authorization: `JWT ${token}` } : {}
  return {
    async rest(method, path, body) {
      const json = body !== undefined && !(body instanceof FormData)
      const response = await fetch(`${baseURL}${path}`, {
        method,
        headers: { ...auth, ...(json ? { 'content-type': 'application/json' } : {}) },
        body: body instanceof FormData ? body : json ? JSON.stringify(body) : undefined,
      })
      const text = await response.text()
      inspect(text, `${method} ${path}`)
      return { status: response.status, text, body: parse(text) }
    },
    async graphql(query, variables = {}) {
      const response = await fetch(`${baseURL}/api/graphql`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      })
      const text = await response.text()
      inspect(text, `GraphQL ${query.replace(/\s+/g, ' ').slice(0, 120)}`)
      const body = parse(text)
      const data = typeof body.data === 'object' && body.data !== null ? (body.data as Json) : null
      const errors = Array.isArray(body.errors) ? (body.errors as GraphqlError[]) : []
      return { status: response.status, text, data, errors }
    },
  }
}

/** Signs in over REST; returns the account and its token. */
export async function logIn(
  baseURL: string,
  email: string,
  password: string,
): Promise<{ user: Doc; token: string }> {
  const response = await fetch(`${baseURL}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  const body = parse(await response.text())
  if (response.status !== 200 || typeof body.token !== 'string')
    throw new Error(`Logging in as ${email} failed with ${response.status}`)
  return { user: body.user as Doc, token: body.token }
}

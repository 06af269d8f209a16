import { buildSchema, parse, validate } from 'graphql'
import { describe, expect, it } from 'vitest'

import { depthLimit, rootFieldLimit } from '@/lib/graphql/queryLimits'

// Cyclic like Payload's: a statement has topics, a topic has statements.
const schema = buildSchema(`
  type Topic { name: String, statements: [Statement] }
  type Statement { title: String, topics: [Topic] }
  type Query { Statements: [Statement] }
`)

const errorsFor = (query: string) =>
  validate(schema, parse(query), [depthLimit(3)]).map((error) => error.message)

describe('the GraphQL depth limit', () => {
  it('lets a query through at the limit', () => {
    expect(errorsFor('{ Statements { topics { name } } }')).toEqual([])
    expect(errorsFor('{ Statements { topics { statements { title } } } }')).toEqual([
      'This query is nested 4 levels deep; the limit is 3.',
    ])
  })

  it('counts fields reached through fragments, inline or named', () => {
    const named =
      'query { Statements { ...deep } } fragment deep on Statement { topics { statements { title } } }'
    expect(errorsFor(named)).toEqual(['This query is nested 4 levels deep; the limit is 3.'])
    expect(
      errorsFor('{ Statements { ... on Statement { topics { statements { title } } } } }'),
    ).toHaveLength(1)
  })
})

describe('the GraphQL root field limit', () => {
  it('refuses an operation with more top-level fields than the limit, aliases included', () => {
    const fields = (count: number) =>
      `{ ${Array.from({ length: count }, (_, index) => `a${index}: Statements { title }`).join(' ')} }`
    expect(validate(schema, parse(fields(3)), [rootFieldLimit(3)])).toEqual([])
    expect(
      validate(schema, parse(fields(4)), [rootFieldLimit(3)]).map((error) => error.message),
    ).toEqual(['This query asks for 4 things at once; the limit is 3.'])
  })
})

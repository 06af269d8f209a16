import {
  GraphQLError,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql'

/**
 * Refuses queries nested deeper than `maxDepth` fields. Payload's complexity limit counts fields
 * but not nesting, and relationships make its schema cyclic (statement → topic → statements …),
 * so one small query could otherwise walk the whole graph.
 */
export function depthLimit(maxDepth: number): ValidationRule {
  return (context: ValidationContext) => {
    const depthOf = (selectionSet: SelectionSetNode | undefined, seen: Set<string>): number => {
      if (!selectionSet) return 0
      let deepest = 0
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD) {
          deepest = Math.max(
            deepest,
            selection.selectionSet ? 1 + depthOf(selection.selectionSet, seen) : 1,
          )
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          deepest = Math.max(deepest, depthOf(selection.selectionSet, seen))
        } else {
          // A fragment spread counts as its fields; one that includes itself is refused by graphql's own rules.
          const name = selection.name.value
          const fragment = context.getFragment(name)
          if (fragment && !seen.has(name))
            deepest = Math.max(deepest, depthOf(fragment.selectionSet, new Set(seen).add(name)))
        }
      }
      return deepest
    }
    return {
      OperationDefinition(operation) {
        const depth = depthOf(operation.selectionSet, new Set())
        if (depth > maxDepth) {
          context.reportError(
            new GraphQLError(
              `This query is nested ${depth} levels deep; the limit is ${maxDepth}.`,
              { nodes: [operation] },
            ),
          )
        }
      },
    }
  }
}

/**
 * Refuses operations that ask for more than `max` top-level fields. Each top-level field is its
 * own database query, run at once: three hundred aliases of `Statements` would take every pooled
 * connection and leave other readers waiting.
 */
export function rootFieldLimit(max: number): ValidationRule {
  return (context: ValidationContext) => ({
    OperationDefinition(operation) {
      const count = operation.selectionSet.selections.length
      if (count > max) {
        context.reportError(
          new GraphQLError(`This query asks for ${count} things at once; the limit is ${max}.`, {
            nodes: [operation],
          }),
        )
      }
    },
  })
}

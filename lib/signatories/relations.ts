/** The id a relationship holds, whether Payload gives it as an id or as the related document. */
export function relationId(value: unknown): number | undefined {
  if (typeof value === 'number') return value
  if (typeof value === 'string' && /^\d+$/.test(value)) return Number(value)
  if (value && typeof value === 'object' && 'id' in value) return relationId(value.id)
  return undefined
}

/** The ids among these relationship values, once each. */
export function relationIds(...values: unknown[]): number[] {
  return [...new Set(values.map(relationId).filter((id): id is number => id !== undefined))]
}

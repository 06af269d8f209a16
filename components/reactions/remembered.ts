/**
 * `make` remembered by key for the one render that creates it: a table or map asks for the same
 * few labels and dates hundreds of times, and each translation or date format has a cost.
 */
export function remembered<T>(make: (key: string) => T): (key: string) => T {
  const known = new Map<string, T>()
  return (key) => {
    if (!known.has(key)) known.set(key, make(key))
    return known.get(key) as T
  }
}

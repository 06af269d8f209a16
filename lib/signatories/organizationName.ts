/**
 * An organization's name as compared when looking for a second request from it: case, accents,
 * punctuation and spacing left out, so that "Amnesty International" and "amnesty-international."
 * are one organization.
 */
export function comparableName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('en')
    .replace(/[^\p{L}\p{N}]+/gu, '')
}

/** Whether `name` is one of `knownNames` (an organization's names in each language). */
export function isSameOrganization(name: string, knownNames: Iterable<string | null | undefined>) {
  const wanted = comparableName(name)
  if (!wanted) return false
  for (const known of knownNames) if (known && comparableName(known) === wanted) return true
  return false
}

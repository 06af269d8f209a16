// @ts-check
/**
 * The Node releases Amicus supports: the LTS lines 22 and 24 (and 26 after them), from the
 * first release of each where tsx runs TypeScript on the main thread. Node 20 is past end of life;
 * its tsx loader ran on another thread and now and then stopped a script before its first line.
 *
 *   node scripts/supportedNode.mjs   exits with 1, saying how to get a supported Node, on any other
 */
import { fileURLToPath } from 'node:url'

/** @type {ReadonlyArray<readonly [number, number, number]>} each LTS line's first supported release */
const firstSupported = [
  [22, 22, 3],
  [24, 11, 1],
]
/** Later LTS lines run tsx on the main thread from their first release. */
const laterLines = 26

export const supportedRange = '^22.22.3 || ^24.11.1 || >=26'

/** @param {string} version as in process.versions.node */
export function isSupportedNode(version) {
  const [major, minor, patch] = version.split('.').map(Number)
  if (major >= laterLines) return true
  const first = firstSupported.find(([line]) => line === major)
  return !!first && (minor > first[1] || (minor === first[1] && patch >= first[2]))
}

export const unsupportedNodeMessage = (/** @type {string} */ version) =>
  `Node ${version} is not supported (${supportedRange}): Node 20 is past end of life. ` +
  `Install Node 24 LTS from nodejs.org or your package manager, or on Linux x64 from the npm ` +
  `registry with .ci/node.sh: PATH="$(.ci/node.sh 24):$PATH" npm test`

/** Throws, saying how to get a supported Node, when this one is not. */
export function requireSupportedNode() {
  if (!isSupportedNode(process.versions.node))
    throw new Error(unsupportedNodeMessage(process.versions.node))
}

if (process.argv[1] === fileURLToPath(import.meta.url) && !isSupportedNode(process.versions.node)) {
  console.error(unsupportedNodeMessage(process.versions.node))
  process.exit(1)
}

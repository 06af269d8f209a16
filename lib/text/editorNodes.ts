import { editorNodeTypes, type RichTextDocument } from './lexical'

type StoredNode = { type?: unknown; children?: unknown }

// Payload's REST API saves node types the editor has no feature for, and the default converters
// behind components/RichText.tsx render them: an `upload` node links to whatever `value.url` it
// carries (`data:text/html,…`), a `table` cell writes its `backgroundColor` into a style.
function keepEditorNodes(node: unknown): StoredNode[] {
  if (!node || typeof node !== 'object') return []
  const stored: StoredNode = node
  if (typeof stored.type !== 'string' || !editorNodeTypes.has(stored.type)) return []
  if (!('children' in stored)) return [stored]
  return [
    {
      ...stored,
      children: Array.isArray(stored.children) ? stored.children.flatMap(keepEditorNodes) : [],
    },
  ]
}

/**
 * A statement body as readers may see it: only what the editor can write, and null for
 * anything that is not a Lexical document at all (the API also accepts a bare string).
 */
export function editorNodesOnly(body: unknown): RichTextDocument | null {
  if (!body || typeof body !== 'object' || !('root' in body)) return null
  const [root] = keepEditorNodes(body.root)
  if (root?.type !== 'root') return null
  return { ...body, root: root as RichTextDocument['root'] }
}

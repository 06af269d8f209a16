import { createHash } from 'node:crypto'

import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

const batchSize = 200

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "translations" ADD COLUMN "seo_title" varchar;`)

  // The SEO title is translated now, so it is part of the original's fingerprint when there is
  // one (sourceRevision below). Statements that have one are fingerprinted again: else a
  // translation accepted from now on would count as outdated from the start. Their translations
  // accepted before have no SEO title and become outdated, the SEO title being what changed.
  for (let page = 1, more = true; more; page += 1) {
    const result = await payload.find({
      collection: 'statements',
      locale: 'en',
      fallbackLocale: false,
      draft: false,
      depth: 0,
      overrideAccess: true,
      where: { and: [{ 'meta.title': { exists: true } }, { sourceRevision: { exists: true } }] },
      select: { title: true, standfirst: true, body: true, meta: true, sourceRevision: true },
      sort: 'id',
      limit: batchSize,
      page,
      req,
    })
    for (const statement of result.docs) {
      const revision = sourceRevision(statement)
      if (!statement.sourceRevision || revision === statement.sourceRevision) continue
      await db.execute(
        sql`UPDATE statements SET source_revision = ${revision} WHERE id = ${statement.id}`,
      )
      // Publishing compares with the latest version's fingerprint.
      await db.execute(sql`
        UPDATE _statements_v SET version_source_revision = ${revision}
        WHERE parent_id = ${statement.id} AND version_source_revision = ${statement.sourceRevision}`)
    }
    more = result.hasNextPage
  }
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  // Fingerprints stay as they are: under the code before this migration, translations of a
  // statement with an SEO title count as outdated until the original is published again.
  await db.execute(sql`
   ALTER TABLE "translations" DROP COLUMN "seo_title";`)
}

/** One locale of a statement, as the fingerprint reads it. */
type StatementText = {
  title?: string | null
  standfirst?: string | null
  body?: { root: unknown } | null
  meta?: { title?: string | null; description?: string | null } | null
}

/**
 * The fingerprint of a statement's original in its source language, written out as it was taken
 * when this ran: the readable text of each translated field, the SEO title only where there is
 * one (statements without one keep the fingerprint they had), hashed.
 */
function sourceRevision(statement: StatementText): string {
  const readable = {
    title: (statement.title ?? '').trim(),
    standfirst: statement.standfirst?.trim() ?? '',
    description: statement.meta?.description?.trim() ?? '',
    body: bodyBlocks(statement.body?.root as LexicalNode | undefined).join('\n\n'),
  }
  const seoTitle = statement.meta?.title?.trim() ?? ''
  const fingerprinted = seoTitle ? { ...readable, seoTitle } : readable
  return createHash('sha256').update(JSON.stringify(fingerprinted)).digest('hex').slice(0, 16)
}

type LexicalNode = {
  type?: string
  text?: string
  format?: number | string
  tag?: string
  fields?: { url?: string; linkType?: string; doc?: unknown }
  children?: LexicalNode[]
}

const bold = 1
const italic = 2

/** A block's inline content as readable text: **bold**, _italic_, [text](url). */
function inlineText(nodes: LexicalNode[] = []): string {
  return nodes
    .map((node) => {
      if (node.type === 'linebreak') return '\n'
      if (node.type === 'link' || node.type === 'autolink') {
        const target =
          node.fields?.linkType === 'internal'
            ? `statement:${JSON.stringify(node.fields.doc ?? null)}`
            : (node.fields?.url ?? '')
        return `[${inlineText(node.children)}](${target})`
      }
      if (node.type === 'text') {
        const format = typeof node.format === 'number' ? node.format : 0
        let text = node.text ?? ''
        if (format & italic) text = `_${text}_`
        if (format & bold) text = `**${text}**`
        return text
      }
      return inlineText(node.children)
    })
    .join('')
}

/** One line per block of the body, in reading order; list items carry their depth. */
function bodyBlocks(root: LexicalNode | undefined): string[] {
  const blocks: string[] = []
  const walk = (nodes: LexicalNode[] = [], depth: number) => {
    for (const node of nodes) {
      if (node.type === 'list') {
        walk(node.children, depth + 1)
      } else if (node.type === 'listitem') {
        const nested = node.children?.filter((child) => child.type === 'list') ?? []
        const own = inlineText(node.children?.filter((child) => child.type !== 'list'))
        if (own.trim()) blocks.push(`${'  '.repeat(Math.max(depth - 1, 0))}- ${own}`)
        walk(nested, depth)
      } else {
        const text = inlineText(node.children)
        if (!text.trim()) continue
        const prefix =
          node.type === 'heading'
            ? `${'#'.repeat(Number(node.tag?.slice(1)) || 2)} `
            : node.type === 'quote'
              ? '> '
              : ''
        blocks.push(prefix + text)
      }
    }
  }
  walk(root?.children, 0)
  return blocks
}

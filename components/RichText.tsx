import type { SerializedLinkNode } from '@payloadcms/richtext-lexical'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import {
  type JSXConvertersFunction,
  RichText as LexicalRichText,
} from '@payloadcms/richtext-lexical/react'

import type { Locale } from '@/i18n/locales'
import { localized, paths } from '@/lib/paths'
import { isSafeHref } from '@/lib/text/safeHref'

type Props = { data: SerializedEditorState; locale: Locale; className?: string }

function hrefOf(node: SerializedLinkNode, locale: Locale): string | null {
  const { fields } = node
  if (fields.linkType === 'internal') {
    const target = fields.doc?.value
    return typeof target === 'object' &&
      target &&
      'slug' in target &&
      typeof target.slug === 'string'
      ? localized(locale, paths.statement(target.slug))
      : null
  }
  return fields.url && isSafeHref(fields.url) ? fields.url : null
}

/**
 * Statement bodies. Links are rebuilt here rather than trusted: internal links follow the
 * target's slug in this locale, and anything but http(s) or mailto renders as plain text.
 */
export function RichText({ data, locale, className }: Props) {
  const converters: JSXConvertersFunction = ({ defaultConverters }) => ({
    ...defaultConverters,
    link: ({ node, nodesToJSX }) => {
      const children = nodesToJSX({ nodes: node.children })
      const href = hrefOf(node, locale)
      if (!href) return <span>{children}</span>
      const external = node.fields.linkType !== 'internal'
      return (
        <a
          href={href}
          rel={external ? 'noopener noreferrer' : undefined}
          target={node.fields.newTab ? '_blank' : undefined}
        >
          {children}
        </a>
      )
    },
    autolink: ({ node, nodesToJSX }) => {
      const children = nodesToJSX({ nodes: node.children })
      const url = node.fields.url
      return url && isSafeHref(url) ? (
        <a href={url} rel="noopener noreferrer">
          {children}
        </a>
      ) : (
        <span>{children}</span>
      )
    },
  })
  return (
    <LexicalRichText
      data={data}
      converters={converters}
      className={className}
      disableContainer={false}
    />
  )
}

import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { sourceLocale, localeCodes } from '@/i18n/locales'

const dir = path.resolve(import.meta.dirname, '../../messages')
const load = (file: string) =>
  JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Record<string, unknown>

/** Every leaf as `Namespace.key` → message. */
function flatten(tree: Record<string, unknown>, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  for (const [key, value] of Object.entries(tree)) {
    const id = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') out.set(id, value)
    else if (value && typeof value === 'object')
      for (const entry of flatten(value as Record<string, unknown>, id)) out.set(...entry)
    else throw new Error(`${id} is neither a message nor a namespace`)
  }
  return out
}

/** The ICU arguments a message uses, with their kinds (`date:date`, `count:plural` ...). */
function argumentsOf(message: string): string[] {
  const found = new Set<string>()
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.literal || element.type === TYPE.pound) continue
      found.add(`${element.value}:${TYPE[element.type]}`)
      if (element.type === TYPE.plural || element.type === TYPE.select) {
        for (const option of Object.values(element.options)) walk(option.value)
      }
      if (element.type === TYPE.tag) walk(element.children)
    }
  }
  walk(parse(message))
  return [...found].sort()
}

const reference = flatten(load(`${sourceLocale}.json`))

// Words that are spelled the same in English and the other language, so a copy is right (and
// Reactions.positionStep, only arguments and a comma).
const sameAsEnglish: Record<string, string[]> = {
  fr: [
    'StatementsIndex.pagination',
    'StatementPage.documents',
    'Reactions.source',
    'Reactions.positionStep',
  ],
  es: ['Reactions.no', 'Reactions.positionStep', 'Feeds.reactionTitle'],
  ar: ['Feeds.reactionTitle'],
}
const sameEverywhere = ['Metadata.siteName', 'StatementPage.pdf']

describe('messages', () => {
  it('has one file per locale and no file for a locale we do not publish', () => {
    const files = readdirSync(dir).filter((file) => file.endsWith('.json'))
    expect(files.sort()).toEqual(localeCodes.map((code) => `${code}.json`).sort())
  })

  it.each(localeCodes.filter((code) => code !== sourceLocale))(
    '%s has exactly the keys of en',
    (code) => {
      const messages = flatten(load(`${code}.json`))
      expect([...messages.keys()].sort()).toEqual([...reference.keys()].sort())
    },
  )

  it.each(localeCodes)('%s messages use the same ICU arguments as en and all parse', (code) => {
    const messages = flatten(load(`${code}.json`))
    for (const [id, message] of messages) {
      const english = reference.get(id)
      if (english === undefined) continue
      expect({ id, arguments: argumentsOf(message) }).toEqual({
        id,
        arguments: argumentsOf(english),
      })
    }
  })

  it.each(localeCodes.filter((code) => code !== sourceLocale))(
    '%s is translated, not copied from en',
    (code) => {
      const messages = flatten(load(`${code}.json`))
      const allowed = [...sameEverywhere, ...(sameAsEnglish[code] ?? [])]
      const copied = [...messages].filter(
        ([id, text]) => text === reference.get(id) && !allowed.includes(id),
      )
      expect(copied).toEqual([])
    },
  )
})

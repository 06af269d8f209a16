import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { referenceStatementBody } from '@/lib/seed/referenceStatementBody'

/**
 * Varied English prose for the benchmark's translation memory. A formula of a hundred stock
 * phrases would make every paragraph share most of its trigrams with every other, which no real
 * memory does; this is a word-pair Markov chain learnt from real prose (the reference statement
 * and this project's documentation, some 18,000 words): paragraphs read like English, share
 * common words and phrases, and are each their own. Seeded, so every run measures the same text.
 */

const root = path.resolve(import.meta.dirname, '../..')

/** Prose lines of a Markdown file: no code, tables, headings or link targets. */
function proseOf(markdown: string): string[] {
  return markdown
    .replace(/```[\s\S]*?```/g, '')
    .split('\n')
    .filter((line) => line.trim() && !/^\s*(#|\||<|>)/.test(line))
    .map((line) =>
      line
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/[`*_]/g, '')
        .replace(/^\s*(-|\d+\.)\s+/, ''),
    )
}

function learn(): { followers: Map<string, string[]>; starts: string[] } {
  const docs = readdirSync(path.join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .flatMap((name) => proseOf(readFileSync(path.join(root, 'docs', name), 'utf8')))
  const words = [...proseOf(referenceStatementBody.en.join('\n')), ...docs]
    .join(' ')
    .split(/\s+/)
    .filter(Boolean)
  const followers = new Map<string, string[]>()
  const starts: string[] = []
  for (let index = 0; index < words.length - 1; index++) {
    const word = words[index]
    followers.set(word, [...(followers.get(word) ?? []), words[index + 1]])
    if (/[.!?]$/.test(word) && /^[A-Z]/.test(words[index + 1])) starts.push(words[index + 1])
  }
  return { followers, starts }
}

const chain = learn()

type Random = () => number

/** A deterministic pseudo-random source (mulberry32): the same seed, the same text. */
export function randomSource(seed: number): Random {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)]

/** Words from a sentence start until a full stop, or `most` words. */
function walk(random: Random, most: number): string[] {
  const words = [pick(random, chain.starts)]
  while (words.length < most && !/[.!?]$/.test(words[words.length - 1])) {
    const next = chain.followers.get(words[words.length - 1])
    if (!next) break
    words.push(pick(random, next))
  }
  return words
}

function sentence(random: Random): string {
  const words = walk(random, 30)
  const text = words.join(' ')
  return /[.!?]$/.test(text) ? text : `${text.replace(/[,;:]$/, '')}.`
}

/** A paragraph of two to five sentences. */
export function paragraph(random: Random): string {
  const sentences = 2 + Math.floor(random() * 4)
  return Array.from({ length: sentences }, () => sentence(random)).join(' ')
}

/** A title-length segment: the start of a sentence, six to twelve words. */
export function title(random: Random): string {
  return walk(random, 6 + Math.floor(random() * 7))
    .join(' ')
    .replace(/[.,;:]$/, '')
}

const insertions = ['urgently', 'firmly', 'all', 'recent', 'continued', 'independent', 'full']

/**
 * The text as an editor's light touch leaves it: one or two words replaced, added or dropped,
 * as when a date, a number or a qualifier is corrected.
 */
export function lightlyEdited(text: string, random: Random): string {
  const words = text.split(' ')
  const edits = 1 + Math.floor(random() * 2)
  for (let edit = 0; edit < edits; edit++) {
    const at = Math.floor(random() * words.length)
    const kind = random()
    if (kind < 0.5) words[at] = pick(random, insertions)
    else if (kind < 0.8) words.splice(at, 0, pick(random, insertions))
    else if (words.length > 4) words.splice(at, 1)
  }
  return words.join(' ')
}

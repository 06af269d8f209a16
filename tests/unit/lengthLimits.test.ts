import { describe, expect, it } from 'vitest'

import {
  characterCount,
  lengthCounter,
  lengthProblem,
  shortenToLimit,
} from '@/lib/text/lengthLimits'

describe('length limits', () => {
  it('count characters as people do: an emoji or an Arabic letter is one', () => {
    expect(characterCount('ICC 👍')).toBe(5)
    expect(characterCount('المحكمة')).toBe(7)
  })

  it('show the counter, over the limit only past it', () => {
    expect(lengthCounter('a'.repeat(57), 90)).toEqual({ text: '57 / 90', over: false })
    expect(lengthCounter('a'.repeat(90), 90)).toEqual({ text: '90 / 90', over: false })
    expect(lengthCounter('a'.repeat(91), 90)).toEqual({ text: '91 / 90', over: true })
    expect(lengthCounter(null, 60)).toEqual({ text: '0 / 60', over: false })
  })

  it('name the field, the length and the limit', () => {
    expect(lengthProblem('Title', 'x'.repeat(812), 160)).toBe(
      'Title is 812 characters; the limit is 160.',
    )
    expect(lengthProblem('Title', 'x'.repeat(160), 160)).toBeNull()
    expect(lengthProblem('Title', undefined, 160)).toBeNull()
  })

  it('shorten old text at a word boundary, with an ellipsis, within the limit', () => {
    const text =
      'States must defend the independence of the Court, and safeguard victims’ access to justice'
    const short = shortenToLimit(text, 50)
    expect(short).toBe('States must defend the independence of the Court…')
    expect(characterCount(short)).toBeLessThanOrEqual(50)
    expect(shortenToLimit('States must defend', 12)).toBe('States must…')
    // A cut between two words keeps the last whole word.
    expect(shortenToLimit('States must defend', 7)).toBe('States…')
    expect(shortenToLimit('x'.repeat(20_799), 160)).toBe(`${'x'.repeat(159)}…`)
    expect(shortenToLimit(text, 500)).toBe(text)
  })
})

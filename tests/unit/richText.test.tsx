import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { RichText } from '@/components/RichText'
import { lexicalDocument } from '@/lib/seed/lexical'

const render = (paragraph: string) =>
  renderToStaticMarkup(<RichText data={lexicalDocument([paragraph])} locale="en" />)

describe('rich text rendering', () => {
  it('keeps http(s) and mailto links', () => {
    const html = render(
      'See [the Court](https://www.icc-cpi.int/) or [write](mailto:press@example.org).',
    )
    expect(html).toContain(
      '<a href="https://www.icc-cpi.int/" rel="noopener noreferrer">the Court</a>',
    )
    expect(html).toContain('<a href="mailto:press@example.org"')
  })

  it.each([
    'javascript:alert(1',
    'JaVaScRiPt:alert(1',
    'data:text/html;base64,PHNjcmlwdD4=',
    'vbscript:x',
  ])('renders a %s link stored in the database as plain text', (url) => {
    const html = render(`Click [here](${url}) now`)
    expect(html).toContain('<span>here</span>')
    expect(html).not.toMatch(/href=|javascript|data:|vbscript/i)
  })

  it('escapes markup typed as text', () => {
    const html = render('<img src=x onerror=alert(1)> and <script>alert(1)</script>')
    expect(html).not.toContain('<img')
    expect(html).not.toContain('<script')
    expect(html).toContain('&lt;script&gt;')
  })
})

/** Lexical inline nodes as the editor saves them, for tests that build rich text by hand. */
export type InlineNode = Record<string, unknown>

export const bold = 1
export const italic = 2

export const text = (value: string, format = 0): InlineNode => ({
  type: 'text',
  version: 1,
  text: value,
  format,
  detail: 0,
  mode: 'normal',
  style: '',
})

export const linebreak = (): InlineNode => ({ type: 'linebreak', version: 1 })

export const link = (fields: object, children: InlineNode[]): InlineNode => ({
  type: 'link',
  version: 3,
  direction: null,
  format: '',
  indent: 0,
  fields,
  children,
})

import { type Element, js2xml, xml2js } from 'xml-js'

import type { TargetState } from './model'

/**
 * Sets `state` (and `state-qualifier`) on the <target> of each trans-unit named in `states`.
 * The xliff library writes no attributes on a target, so its output is read back as XML
 * (xml-js, the parser it writes with) and written again, text and spacing untouched.
 */
export function withTargetStates(xml: string, states: Record<string, TargetState>): string {
  const document = xml2js(xml, { captureSpacesBetweenElements: true }) as Element
  for (const unit of elementsNamed(document, 'trans-unit')) {
    const state = states[String(unit.attributes?.id ?? '')]
    const target = unit.elements?.find((element) => element.name === 'target')
    if (!state || !target) continue
    target.attributes = {
      ...target.attributes,
      state: state.state,
      ...(state.qualifier ? { 'state-qualifier': state.qualifier } : {}),
    }
  }
  return js2xml(document)
}

function elementsNamed(element: Element, name: string): Element[] {
  return (element.elements ?? []).flatMap((child) =>
    child.name === name ? [child] : elementsNamed(child, name),
  )
}

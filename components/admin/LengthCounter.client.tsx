'use client'

import { useFormFields } from '@payloadcms/ui'
import type { TextareaFieldClientProps, TextFieldClientProps } from 'payload'

import { lengthCounter } from '@/lib/text/lengthLimits'

/**
 * "57 / 90" under a field with a length limit (fields/lengthLimit.ts), in the warning colour
 * once the text is over it: the editor sees the limit while typing, before a save is refused.
 */
export function LengthCounter({ field, path }: TextFieldClientProps | TextareaFieldClientProps) {
  const value = useFormFields(([fields]) => fields[path]?.value)
  if (!field.maxLength) return null
  const { text, over } = lengthCounter(value, field.maxLength)
  return (
    <div
      className={over ? 'amicus-counter amicus-counter--over' : 'amicus-counter'}
      aria-live="polite"
    >
      {text}
    </div>
  )
}

import type { LabelledOption } from '@/i18n/label'
import { messageKey } from '@/lib/text/messageKey'

/** Kinds of statement, with their names as editors see them in the admin. */
export const statementKinds = [
  {
    value: 'statement',
    label: { en: 'Statement', fr: 'Déclaration', es: 'Declaración', ar: 'بيان' },
  },
  {
    value: 'press-release',
    label: {
      en: 'Press release',
      fr: 'Communiqué de presse',
      es: 'Comunicado de prensa',
      ar: 'بيان صحفي',
    },
  },
  {
    value: 'joint-letter',
    label: { en: 'Joint letter', fr: 'Lettre conjointe', es: 'Carta conjunta', ar: 'رسالة مشتركة' },
  },
  {
    value: 'open-letter',
    label: { en: 'Open letter', fr: 'Lettre ouverte', es: 'Carta abierta', ar: 'رسالة مفتوحة' },
  },
] as const satisfies readonly LabelledOption[]

export type StatementKind = (typeof statementKinds)[number]['value']

/** The key of a kind in the `StatementCard.kind` message. */
export const kindMessageKey = (kind: StatementKind): string => messageKey(kind)

import type { LabelledOption } from '@/i18n/label'

/**
 * The United Nations regional groups, as the Assembly of States Parties counts its members. `csv`
 * is the name in data/states-parties.csv, `un` the one in world-countries' `unRegionalGroup`.
 */
export const regionalGroups = [
  {
    value: 'african',
    csv: 'African',
    un: 'African Group',
    label: {
      en: 'African States',
      fr: 'États d’Afrique',
      es: 'Estados de África',
      ar: 'الدول الأفريقية',
    },
  },
  {
    value: 'asia-pacific',
    csv: 'Asia-Pacific',
    un: 'Asia and the Pacific Group',
    label: {
      en: 'Asia-Pacific States',
      fr: 'États d’Asie-Pacifique',
      es: 'Estados de Asia y el Pacífico',
      ar: 'دول آسيا والمحيط الهادئ',
    },
  },
  {
    value: 'eastern-european',
    csv: 'Eastern European',
    un: 'Eastern European Group',
    label: {
      en: 'Eastern European States',
      fr: 'États d’Europe orientale',
      es: 'Estados de Europa Oriental',
      ar: 'دول أوروبا الشرقية',
    },
  },
  {
    value: 'latin-american-caribbean',
    csv: 'Latin American and Caribbean',
    un: 'Latin American and Caribbean Group',
    label: {
      en: 'Latin American and Caribbean States',
      fr: 'États d’Amérique latine et des Caraïbes',
      es: 'Estados de América Latina y el Caribe',
      ar: 'دول أمريكا اللاتينية والبحر الكاريبي',
    },
  },
  {
    value: 'weog',
    csv: 'Western European and Other',
    un: 'Western European and Others Group',
    label: {
      en: 'Western European and other States',
      fr: 'États d’Europe occidentale et autres États',
      es: 'Estados de Europa Occidental y otros Estados',
      ar: 'دول أوروبا الغربية ودول أخرى',
    },
  },
] as const satisfies readonly (LabelledOption & { csv: string; un: string })[]

export type RegionalGroup = (typeof regionalGroups)[number]['value']
export const regionalGroupValues = regionalGroups.map((group) => group.value) as [
  RegionalGroup,
  ...RegionalGroup[],
]

export function isRegionalGroup(value: unknown): value is RegionalGroup {
  return typeof value === 'string' && (regionalGroupValues as string[]).includes(value)
}

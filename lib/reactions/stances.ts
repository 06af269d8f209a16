import type { LabelledOption } from '@/i18n/label'

/**
 * What a reaction says about the Court. The public labels live in messages/ (Reactions.stance);
 * the admin's here, in every admin language.
 */
export const stances = [
  {
    value: 'condemns',
    label: {
      en: 'Condemns threats or sanctions against the Court',
      fr: 'Condamne les menaces ou sanctions contre la Cour',
      es: 'Condena las amenazas o sanciones contra la Corte',
      ar: 'تدين التهديدات أو العقوبات ضد المحكمة',
    },
  },
  {
    value: 'supports',
    label: {
      en: 'Reaffirms support or commitment to cooperate',
      fr: 'Réaffirme son soutien ou son engagement à coopérer',
      es: 'Reafirma su apoyo o su compromiso de cooperar',
      ar: 'تجدد دعمها أو التزامها بالتعاون',
    },
  },
  {
    value: 'concern',
    label: {
      en: 'Expresses concern',
      fr: 'Exprime son inquiétude',
      es: 'Expresa preocupación',
      ar: 'تعرب عن قلقها',
    },
  },
  {
    value: 'opposes',
    label: {
      en: 'Supports measures against the Court',
      fr: 'Soutient des mesures contre la Cour',
      es: 'Apoya medidas contra la Corte',
      ar: 'تؤيد إجراءات ضد المحكمة',
    },
  },
  { value: 'other', label: { en: 'Other', fr: 'Autre', es: 'Otra', ar: 'أخرى' } },
] as const satisfies readonly LabelledOption[]

export type Stance = (typeof stances)[number]['value']
export const stanceValues = stances.map((stance) => stance.value) as [Stance, ...Stance[]]

/** Stances that stand up for the Court: what the tracker's headline counts. */
export const defendingStances: readonly Stance[] = ['condemns', 'supports']

export function isStance(value: unknown): value is Stance {
  return typeof value === 'string' && (stanceValues as string[]).includes(value)
}

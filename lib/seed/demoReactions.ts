import type { Locale } from '@/i18n/locales'
import type { Stance } from '@/lib/reactions/stances'

/** The tracker's demo organizations and reactions, which `npm run seed` adds when missing. */

type Names = Record<Locale, string>

export const demoOrganizations: {
  code: string
  kind: 'icc-body' | 'regional'
  website: string
  names: Names
}[] = [
  {
    code: 'asp-presidency',
    kind: 'icc-body',
    website: 'https://asp.icc-cpi.int/',
    names: {
      en: 'Presidency of the Assembly of States Parties',
      fr: 'Présidence de l’Assemblée des États parties',
      es: 'Presidencia de la Asamblea de los Estados Partes',
      ar: 'رئاسة جمعية الدول الأطراف',
    },
  },
  {
    code: 'eu',
    kind: 'regional',
    website: 'https://www.eeas.europa.eu/',
    names: {
      en: 'European Union',
      fr: 'Union européenne',
      es: 'Unión Europea',
      ar: 'الاتحاد الأوروبي',
    },
  },
  {
    code: 'au',
    kind: 'regional',
    website: 'https://au.int/',
    names: {
      en: 'African Union',
      fr: 'Union africaine',
      es: 'Unión Africana',
      ar: 'الاتحاد الأفريقي',
    },
  },
]

type DemoReaction = {
  actors: string[]
  date: string
  stance: Stance
  summary: Names
  quote?: string
  sourceUrl: string
  sourceTitle: string
  sourcePublisher: string
  sample: boolean
  editorNotes?: string
}

/**
 * The two reactions the reference statement names, sourced to the institutions' sites (their
 * exact pages are for an editor to link).
 */
export const referenceReactions: DemoReaction[] = [
  {
    actors: ['asp-presidency'],
    date: '2024-05-03',
    stance: 'supports',
    summary: {
      en: 'The Presidency of the Assembly reaffirmed its firm commitment to defend the Rome Statute and the Court against threats.',
      fr: 'La Présidence de l’Assemblée a réaffirmé son ferme engagement à défendre le Statut de Rome et la Cour face aux menaces.',
      es: 'La Presidencia de la Asamblea reafirmó su firme compromiso de defender el Estatuto de Roma y la Corte frente a las amenazas.',
      ar: 'جددت رئاسة الجمعية التزامها الثابت بالدفاع عن نظام روما الأساسي والمحكمة في وجه التهديدات.',
    },
    quote:
      'its firm commitment to uphold and defend the principles and values enshrined in the Rome Statute and to preserve its integrity undeterred by any threats or measures against the Court, its officials and those cooperating with it',
    sourceUrl: 'https://asp.icc-cpi.int/',
    sourceTitle: 'Statement of the Presidency of the Assembly of States Parties',
    sourcePublisher: 'Assembly of States Parties to the Rome Statute',
    sample: false,
    editorNotes:
      'Quoted in the Coalition statement of 31 May 2024. Link the statement’s own page on asp.icc-cpi.int and confirm its date.',
  },
  {
    actors: ['eu'],
    date: '2024-05-21',
    stance: 'condemns',
    summary: {
      en: 'The European Union condemned the threats against the Court and reiterated that it will uphold its obligation to cooperate with it.',
      fr: 'L’Union européenne a condamné les menaces contre la Cour et réaffirmé qu’elle respectera son obligation de coopérer avec elle.',
      es: 'La Unión Europea condenó las amenazas contra la Corte y reiteró que cumplirá su obligación de cooperar con ella.',
      ar: 'أدان الاتحاد الأوروبي التهديدات ضد المحكمة وأكد مجددًا أنه سيفي بالتزامه بالتعاون معها.',
    },
    sourceUrl: 'https://www.eeas.europa.eu/',
    sourceTitle: 'Statement of the European Union on the International Criminal Court',
    sourcePublisher: 'European External Action Service',
    sample: false,
    editorNotes:
      'Named in the Coalition statement of 31 May 2024. Link the statement’s own page on eeas.europa.eu and confirm its date.',
  },
]

/**
 * Sample reactions, so that a demo's tracker has something to show. They put invented words in
 * real States' mouths: flagged `sample`, labelled on every page and sourced to example.org.
 */
export function sampleReactions(): DemoReaction[] {
  const sample = (actors: string[], date: string, stance: Stance, en: string): DemoReaction => ({
    actors,
    date,
    stance,
    summary: {
      en: `Sample: ${en}`,
      fr: `Exemple : ${en}`,
      es: `Ejemplo: ${en}`,
      ar: `مثال: ${en}`,
    },
    sourceUrl: `https://example.org/sample-reactions/${actors.join('-').toLowerCase()}-${date}`,
    sourceTitle: 'Sample source (demo data)',
    sourcePublisher: 'example.org',
    sample: true,
  })
  return [
    sample(
      ['FR', 'DE', 'ES'],
      '2024-05-22',
      'condemns',
      'a joint statement condemning threats against the Court.',
    ),
    sample(
      ['ZA'],
      '2024-06-03',
      'supports',
      'reaffirms its commitment to cooperate with the Court.',
    ),
    sample(['BR'], '2024-06-18', 'concern', 'expresses concern about pressure on the Court.'),
    sample(['JP'], '2024-09-10', 'supports', 'reaffirms its support for the Court.'),
    sample(
      ['SN', 'CR'],
      '2025-02-07',
      'condemns',
      'a joint statement condemning sanctions against Court officials.',
    ),
    sample(
      ['UA'],
      '2025-02-10',
      'supports',
      'as a new State Party, reaffirms its commitment to the Court.',
    ),
    sample(['HU'], '2025-04-03', 'opposes', 'announces measures against the Court.'),
    sample(['NZ'], '2025-06-12', 'other', 'asks for a dialogue between the Court and its critics.'),
  ]
}

import type { Payload } from 'payload'

import type { TargetLocale } from '@/i18n/locales'
import { saveGlossaryTerms } from '@/lib/glossary/write'

type SeedTerm = { term: string; note?: string } & Record<TargetLocale, string>

/**
 * The coalition's terms in the reference statement (31 May 2024), with the renderings the ICC
 * and the United Nations use in French, Spanish and Arabic (the Rome Statute's official texts,
 * the Assembly of States Parties' documents).
 */
export const glossarySeed: SeedTerm[] = [
  {
    term: 'States Parties',
    fr: 'États parties',
    es: 'Estados Partes',
    ar: 'الدول الأطراف',
    note: 'The States that have ratified or acceded to the Rome Statute. French writes “parties” in lower case.',
  },
  {
    term: 'Rome Statute',
    fr: 'Statut de Rome',
    es: 'Estatuto de Roma',
    ar: 'نظام روما الأساسي',
    note: 'The Rome Statute of the International Criminal Court (1998).',
  },
  {
    term: 'Assembly of States Parties',
    fr: 'Assemblée des États parties',
    es: 'Asamblea de los Estados Partes',
    ar: 'جمعية الدول الأطراف',
    note: 'The ICC’s management oversight and legislative body. Abbreviated ASP; AEP in French and Spanish.',
  },
  {
    term: 'International Criminal Court',
    fr: 'Cour pénale internationale',
    es: 'Corte Penal Internacional',
    ar: 'المحكمة الجنائية الدولية',
  },
  {
    term: 'ICC',
    fr: 'CPI',
    es: 'CPI',
    ar: 'المحكمة',
    note: 'Arabic has no accepted abbreviation: the name in full (المحكمة الجنائية الدولية) at its first mention, then المحكمة.',
  },
  {
    term: 'Coalition for the International Criminal Court',
    fr: 'Coalition pour la Cour pénale internationale',
    es: 'Coalición por la Corte Penal Internacional',
    ar: 'التحالف من أجل المحكمة الجنائية الدولية',
  },
  {
    term: 'Prosecutor',
    fr: 'Procureur',
    es: 'Fiscal',
    ar: 'المدعي العام',
    note: 'The ICC Prosecutor; the office is the Office of the Prosecutor (Bureau du Procureur, Fiscalía, مكتب المدعي العام).',
  },
  {
    term: 'Pre-Trial Chamber',
    fr: 'Chambre préliminaire',
    es: 'Sala de Cuestiones Preliminares',
    ar: 'الدائرة التمهيدية',
  },
  {
    term: 'State of Palestine',
    fr: 'État de Palestine',
    es: 'Estado de Palestina',
    ar: 'دولة فلسطين',
  },
  {
    term: 'European Union',
    fr: 'Union européenne',
    es: 'Unión Europea',
    ar: 'الاتحاد الأوروبي',
  },
  { term: 'civil society', fr: 'société civile', es: 'sociedad civil', ar: 'المجتمع المدني' },
  { term: 'impunity', fr: 'impunité', es: 'impunidad', ar: 'الإفلات من العقاب' },
]

/**
 * Adds the seed's terms that are not in the glossary yet, through the import's own write (one
 * transaction, the collection's hooks); terms already there, perhaps edited since, are left
 * as they are. Returns how many were added.
 */
export async function seedGlossary(payload: Payload): Promise<number> {
  const rows = glossarySeed.map((term, index) => ({
    row: index + 1,
    doNotTranslate: false,
    note: null,
    ...term,
  }))
  const result = await saveGlossaryTerms(payload, rows, { keepExisting: true })
  if (!result.ok) throw new Error(result.errors.map((error) => error.message).join('\n'))
  return result.created
}

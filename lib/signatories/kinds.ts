import type { LabelledOption } from '@/i18n/label'

/**
 * What kind of signatory an organization is, with the admin's names. The public names live in
 * messages/ (Signatories.type).
 */
export const signatoryTypes = [
  { value: 'member', label: { en: 'Member', fr: 'Membre', es: 'Miembro', ar: 'عضو' } },
  { value: 'partner', label: { en: 'Partner', fr: 'Partenaire', es: 'Socio', ar: 'شريك' } },
  { value: 'individual', label: { en: 'Individual', fr: 'Personne', es: 'Persona', ar: 'فرد' } },
] as const satisfies readonly LabelledOption[]

export type SignatoryType = (typeof signatoryTypes)[number]['value']

/** Where a signature stands: asked for (by the organization or an editor), then verified. */
export const signatureStatuses = [
  {
    value: 'requested',
    label: { en: 'Requested', fr: 'Demandée', es: 'Solicitada', ar: 'مطلوبة' },
  },
  {
    value: 'verified',
    label: { en: 'Verified', fr: 'Vérifiée', es: 'Verificada', ar: 'مُتحقَّق منها' },
  },
] as const satisfies readonly LabelledOption[]

export type SignatureStatus = (typeof signatureStatuses)[number]['value']

/** The one status readers see: a signature is public once verified, on a published statement. */
export const publicSignatureStatus: SignatureStatus = 'verified'

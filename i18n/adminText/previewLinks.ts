import type { Label } from '../label'

/** The press preview links of a release. */
export const previewLinkText = {
  previewLink: {
    en: 'Press preview link',
    fr: 'Lien d’aperçu presse',
    es: 'Enlace de vista previa para prensa',
    ar: 'رابط معاينة للصحافة',
  },
  previewLinks: {
    en: 'Press preview links',
    fr: 'Liens d’aperçu presse',
    es: 'Enlaces de vista previa para prensa',
    ar: 'روابط معاينة للصحافة',
  },
  previewRelease: { en: 'Release', fr: 'Publication', es: 'Publicación', ar: 'الإصدار' },
  previewLanguage: { en: 'Language', fr: 'Langue', es: 'Idioma', ar: 'اللغة' },
  previewAllLanguages: {
    en: 'Every language of the release',
    fr: 'Toutes les langues de la publication',
    es: 'Todos los idiomas de la publicación',
    ar: 'كل لغات الإصدار',
  },
  previewNote: {
    en: 'For whom',
    fr: 'Pour qui',
    es: 'Para quién',
    ar: 'لمن',
  },
  previewNoteHelp: {
    en: 'The journalist or newsroom this link is given to.',
    fr: 'Le journaliste ou la rédaction à qui ce lien est donné.',
    es: 'El periodista o la redacción a quien se entrega este enlace.',
    ar: 'الصحفي أو غرفة الأخبار التي يُعطى لها هذا الرابط.',
  },
  previewExpiresAt: {
    en: 'Expires at',
    fr: 'Expire le',
    es: 'Caduca el',
    ar: 'ينتهي في',
  },
  previewRevoked: { en: 'Revoked', fr: 'Révoqué', es: 'Revocado', ar: 'ملغى' },
  previewRevokedHelp: {
    en: 'A revoked link stops working at once, for good.',
    fr: 'Un lien révoqué cesse de fonctionner aussitôt, définitivement.',
    es: 'Un enlace revocado deja de funcionar de inmediato y para siempre.',
    ar: 'يتوقف الرابط الملغى عن العمل فورًا وبشكل نهائي.',
  },
  previewRevokedAt: {
    en: 'Revoked at',
    fr: 'Révoqué le',
    es: 'Revocado el',
    ar: 'أُلغي في',
  },
  previewAddress: {
    en: 'Link to send',
    fr: 'Lien à envoyer',
    es: 'Enlace para enviar',
    ar: 'الرابط المراد إرساله',
  },
  previewAddressPending: {
    en: 'The link appears once saved.',
    fr: 'Le lien apparaît une fois enregistré.',
    es: 'El enlace aparece una vez guardado.',
    ar: 'يظهر الرابط بعد الحفظ.',
  },
  previewCopy: { en: 'Copy', fr: 'Copier', es: 'Copiar', ar: 'نسخ' },
  previewCopied: { en: 'Copied', fr: 'Copié', es: 'Copiado', ar: 'تم النسخ' },
} satisfies Record<string, Label>

import type { Label } from '../label'

/** Translations of statements: the fields, the review, XLIFF files and the dashboard. */
export const translationText = {
  translation: { en: 'Translation', fr: 'Traduction', es: 'Traducción', ar: 'ترجمة' },
  translations: { en: 'Translations', fr: 'Traductions', es: 'Traducciones', ar: 'الترجمات' },
  translationsHelp: {
    en: 'Versions of statements in other languages. Translators submit them; editors accept them, which publishes that language.',
    fr: 'Les versions des déclarations dans d’autres langues. Les traducteurs les soumettent ; les éditeurs les acceptent, ce qui publie cette langue.',
    es: 'Las versiones de las declaraciones en otros idiomas. Los traductores las envían; los editores las aceptan, lo que publica ese idioma.',
    ar: 'نسخ البيانات بلغات أخرى. يرسلها المترجمون، ويقبلها المحررون فتُنشر بتلك اللغة.',
  },
  language: { en: 'Language', fr: 'Langue', es: 'Idioma', ar: 'اللغة' },
  languages: { en: 'Languages', fr: 'Langues', es: 'Idiomas', ar: 'اللغات' },
  translationSlugHelp: {
    en: 'The address in this language. Made from the title when left empty.',
    fr: 'L’adresse dans cette langue. Tirée du titre si elle est laissée vide.',
    es: 'La dirección en este idioma. Se crea a partir del título si se deja vacía.',
    ar: 'الرابط بهذه اللغة. يُنشأ من العنوان إذا تُرك فارغًا.',
  },
  status: { en: 'Status', fr: 'Statut', es: 'Estado', ar: 'الحالة' },
  reviewComment: {
    en: 'Review comment',
    fr: 'Commentaire de relecture',
    es: 'Comentario de revisión',
    ar: 'ملاحظة المراجعة',
  },
  reviewCommentHelp: {
    en: 'Required when asking for changes or rejecting: the translator reads it.',
    fr: 'Obligatoire pour demander des modifications ou refuser : le traducteur le lit.',
    es: 'Obligatorio para pedir cambios o rechazar: el traductor lo lee.',
    ar: 'مطلوبة عند طلب تعديلات أو الرفض، ويقرؤها المترجم.',
  },
  untranslatedParts: {
    en: 'Not translated yet (needed before submitting):',
    fr: 'Pas encore traduit (nécessaire avant de soumettre) :',
    es: 'Aún sin traducir (necesario antes de enviar):',
    ar: 'لم يُترجم بعد (مطلوب قبل الإرسال):',
  },
  sameAsOriginalParts: {
    en: 'Word for word the same as the original:',
    fr: 'Identique mot pour mot à l’original :',
    es: 'Idéntico palabra por palabra al original:',
    ar: 'مطابق للأصل حرفيًا:',
  },
  acceptSameAsOriginal: {
    en: 'Accept the parts left as in the original',
    fr: 'Accepter les parties laissées comme dans l’original',
    es: 'Aceptar las partes dejadas como en el original',
    ar: 'قبول الأجزاء المتروكة كما في الأصل',
  },
  acceptSameAsOriginalHelp: {
    en: 'Part of the standfirst or the text reads exactly as the original. A name or a quotation may stay; untranslated text may not. Tick this to accept it once you have checked it.',
    fr: 'Une partie du chapeau ou du texte est identique à l’original. Un nom ou une citation peut rester ; un texte non traduit, non. Cochez pour l’accepter après vérification.',
    es: 'Parte de la entradilla o del texto es idéntica al original. Un nombre o una cita pueden quedarse; un texto sin traducir, no. Marque para aceptarla después de comprobarla.',
    ar: 'جزء من المقدمة أو النص مطابق للأصل. يجوز أن يبقى اسم أو اقتباس، أما النص غير المترجم فلا. ضع علامة للقبول بعد التحقق.',
  },
  translator: {
    en: 'Translator',
    fr: 'Traducteur ou traductrice',
    es: 'Traductor o traductora',
    ar: 'المترجم',
  },
  reviewer: { en: 'Reviewed by', fr: 'Relu par', es: 'Revisado por', ar: 'راجعه' },
  submittedAt: { en: 'Submitted', fr: 'Soumise le', es: 'Enviada el', ar: 'أُرسلت في' },
  reviewedAt: { en: 'Reviewed', fr: 'Relue le', es: 'Revisada el', ar: 'رُوجعت في' },
  history: { en: 'History', fr: 'Historique', es: 'Historial', ar: 'السجل' },
  original: { en: 'Original', fr: 'Original', es: 'Original', ar: 'الأصل' },
  links: { en: 'Links', fr: 'Liens', es: 'Enlaces', ar: 'الروابط' },
  linkMissing: {
    en: 'Missing from the translation',
    fr: 'Absent de la traduction',
    es: 'Falta en la traducción',
    ar: 'غائب عن الترجمة',
  },
  linkExtra: {
    en: 'Not in the original',
    fr: 'Absent de l’original',
    es: 'No está en el original',
    ar: 'غير موجود في الأصل',
  },
  originalMissing: {
    en: 'The original appears here once the translation is saved with its statement.',
    fr: 'L’original s’affiche ici une fois la traduction enregistrée avec sa déclaration.',
    es: 'El original aparece aquí cuando la traducción se guarda con su declaración.',
    ar: 'يظهر النص الأصلي هنا بعد حفظ الترجمة مع بيانها.',
  },
  sourceChangedSince: {
    en: 'The original has changed since this translation was written. Changes:',
    fr: 'L’original a changé depuis que cette traduction a été écrite. Modifications :',
    es: 'El original ha cambiado desde que se escribió esta traducción. Cambios:',
    ar: 'تغيّر النص الأصلي منذ كتابة هذه الترجمة. التغييرات:',
  },
  sourceChangedHint: {
    en: 'Update your version to match, then save: it will count as translated from the current original.',
    fr: 'Mettez votre version à jour, puis enregistrez : elle comptera comme traduite de l’original actuel.',
    es: 'Actualice su versión y guárdela: contará como traducida del original actual.',
    ar: 'حدّث نسختك ثم احفظها، فتُعدّ مترجمة عن الأصل الحالي.',
  },
  downloadXliff: {
    en: 'Download XLIFF',
    fr: 'Télécharger le XLIFF',
    es: 'Descargar XLIFF',
    ar: 'تنزيل ملف XLIFF',
  },
  uploadXliff: {
    en: 'Upload a translated XLIFF file',
    fr: 'Déposer un fichier XLIFF traduit',
    es: 'Subir un archivo XLIFF traducido',
    ar: 'رفع ملف XLIFF مترجم',
  },
  uploadXliffHelp: {
    en: 'The file is checked segment by segment; if anything is wrong nothing is saved and each problem is listed. A valid file is submitted for review.',
    fr: 'Le fichier est vérifié segment par segment ; en cas d’erreur rien n’est enregistré et chaque problème est indiqué. Un fichier valide est soumis pour relecture.',
    es: 'El archivo se comprueba segmento por segmento; si algo falla no se guarda nada y se indica cada problema. Un archivo válido se envía a revisión.',
    ar: 'يُفحص الملف مقطعًا مقطعًا؛ وإن وُجد خطأ لا يُحفظ شيء وتُعرض كل مشكلة. ويُرسل الملف الصحيح للمراجعة.',
  },
  upload: { en: 'Upload', fr: 'Déposer', es: 'Subir', ar: 'رفع' },
  translate: { en: 'Translate', fr: 'Traduire', es: 'Traducir', ar: 'ترجمة' },
  continueTranslation: { en: 'Continue', fr: 'Continuer', es: 'Continuar', ar: 'متابعة' },
  myTranslations: {
    en: 'My translations',
    fr: 'Mes traductions',
    es: 'Mis traducciones',
    ar: 'ترجماتي',
  },
  myTranslationsEmpty: {
    en: 'Nothing is waiting in your languages.',
    fr: 'Rien n’attend dans vos langues.',
    es: 'No hay nada pendiente en sus idiomas.',
    ar: 'لا شيء بانتظارك في لغاتك.',
  },
  translationCoverage: {
    en: 'Translations',
    fr: 'Traductions',
    es: 'Traducciones',
    ar: 'الترجمات',
  },
  waitingForReview: {
    en: 'Waiting for review',
    fr: 'En attente de relecture',
    es: 'Pendientes de revisión',
    ar: 'بانتظار المراجعة',
  },
  oldestWaiting: {
    en: 'Oldest waiting since',
    fr: 'La plus ancienne attend depuis le',
    es: 'La más antigua espera desde el',
    ar: 'أقدمها ينتظر منذ',
  },
  noneWaiting: {
    en: 'No translation is waiting for review.',
    fr: 'Aucune traduction n’attend de relecture.',
    es: 'Ninguna traducción espera revisión.',
    ar: 'لا توجد ترجمة بانتظار المراجعة.',
  },
  whatChanged: {
    en: 'What changed in the original',
    fr: 'Ce qui a changé dans l’original',
    es: 'Qué cambió en el original',
    ar: 'ما الذي تغيّر في الأصل',
  },
  review: { en: 'Review', fr: 'Relire', es: 'Revisar', ar: 'مراجعة' },
} satisfies Record<string, Label>

/** The four states a language of a statement can be in, as the admin names them. */
export const localeStateText = {
  published: { en: 'published', fr: 'publiée', es: 'publicada', ar: 'منشورة' },
  review: { en: 'in review', fr: 'en relecture', es: 'en revisión', ar: 'قيد المراجعة' },
  outdated: { en: 'outdated', fr: 'à mettre à jour', es: 'desactualizada', ar: 'بحاجة إلى تحديث' },
  missing: { en: 'missing', fr: 'manquante', es: 'falta', ar: 'غير متوفرة' },
  original: { en: 'original', fr: 'original', es: 'original', ar: 'الأصل' },
} satisfies Record<string, Label>

export const translationStatusText = {
  draft: { en: 'Draft', fr: 'Brouillon', es: 'Borrador', ar: 'مسودة' },
  submitted: {
    en: 'Submitted for review',
    fr: 'Soumise pour relecture',
    es: 'Enviada a revisión',
    ar: 'مُرسلة للمراجعة',
  },
  changes_requested: {
    en: 'Changes requested',
    fr: 'Modifications demandées',
    es: 'Cambios solicitados',
    ar: 'مطلوب تعديلات',
  },
  accepted: {
    en: 'Accepted (published)',
    fr: 'Acceptée (publiée)',
    es: 'Aceptada (publicada)',
    ar: 'مقبولة (منشورة)',
  },
  rejected: { en: 'Rejected', fr: 'Refusée', es: 'Rechazada', ar: 'مرفوضة' },
} satisfies Record<string, Label>

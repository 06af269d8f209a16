import type { Locale } from './locales'

/**
 * Labels and help texts of our own fields, in every admin language: Payload shows the entry of
 * the editor's chosen interface language. Typed by Locale, so a new language cannot be forgotten.
 */
export type AdminText = Record<Locale, string>

export const adminText = {
  statement: { en: 'Statement', fr: 'Déclaration', es: 'Declaración', ar: 'بيان' },
  statements: { en: 'Statements', fr: 'Déclarations', es: 'Declaraciones', ar: 'البيانات' },
  title: { en: 'Title', fr: 'Titre', es: 'Título', ar: 'العنوان' },
  standfirst: { en: 'Standfirst', fr: 'Chapeau', es: 'Entradilla', ar: 'المقدمة' },
  standfirstHelp: {
    en: 'The lead paragraph, shown in bold above the text and in lists.',
    fr: 'Le paragraphe d’introduction, en gras au-dessus du texte et dans les listes.',
    es: 'El párrafo inicial, en negrita sobre el texto y en las listas.',
    ar: 'الفقرة الافتتاحية، تظهر بخط عريض فوق النص وفي القوائم.',
  },
  body: { en: 'Text', fr: 'Texte', es: 'Texto', ar: 'النص' },
  heroImage: { en: 'Main image', fr: 'Image principale', es: 'Imagen principal', ar: 'الصورة الرئيسية' },
  attachments: { en: 'Documents', fr: 'Documents', es: 'Documentos', ar: 'الوثائق' },
  attachmentsHelp: {
    en: 'PDF documents, such as the signed letter.',
    fr: 'Documents PDF, par exemple la lettre signée.',
    es: 'Documentos PDF, como la carta firmada.',
    ar: 'وثائق PDF، مثل الرسالة الموقّعة.',
  },
  relatedStatements: { en: 'Related statements', fr: 'Déclarations liées', es: 'Declaraciones relacionadas', ar: 'بيانات ذات صلة' },
  publishedAt: { en: 'Date', fr: 'Date', es: 'Fecha', ar: 'التاريخ' },
  publishedAtHelp: {
    en: 'The date readers see.',
    fr: 'La date que voient les lecteurs.',
    es: 'La fecha que ven los lectores.',
    ar: 'التاريخ الذي يراه القرّاء.',
  },
  kind: { en: 'Kind', fr: 'Type', es: 'Tipo', ar: 'النوع' },
  topics: { en: 'Topics', fr: 'Thèmes', es: 'Temas', ar: 'المواضيع' },
  slug: { en: 'Address (slug)', fr: 'Adresse (slug)', es: 'Dirección (slug)', ar: 'العنوان في الرابط' },
  slugHelp: {
    en: 'The last part of the address. Made from the title when left empty.',
    fr: 'La fin de l’adresse de la page. Tirée du titre si elle est laissée vide.',
    es: 'La parte final de la dirección. Se crea a partir del título si se deja vacía.',
    ar: 'الجزء الأخير من رابط الصفحة. يُنشأ من العنوان إذا تُرك فارغًا.',
  },
  seo: { en: 'Search and sharing', fr: 'Référencement et partage', es: 'Buscadores y redes sociales', ar: 'محركات البحث والمشاركة' },
  seoTitleHelp: {
    en: 'Up to 70 characters. Defaults to the title.',
    fr: '70 caractères au plus. Par défaut, le titre.',
    es: 'Hasta 70 caracteres. Por defecto, el título.',
    ar: 'حتى 70 حرفًا. يُستخدم العنوان إن تُرك فارغًا.',
  },
  seoDescription: { en: 'Description', fr: 'Description', es: 'Descripción', ar: 'الوصف' },
  seoDescriptionHelp: {
    en: 'Up to 200 characters. Defaults to the standfirst.',
    fr: '200 caractères au plus. Par défaut, le chapeau.',
    es: 'Hasta 200 caracteres. Por defecto, la entradilla.',
    ar: 'حتى 200 حرف. تُستخدم المقدمة إن تُرك فارغًا.',
  },
  seoImage: { en: 'Sharing image', fr: 'Image de partage', es: 'Imagen para compartir', ar: 'صورة المشاركة' },
  seoImageHelp: {
    en: 'Shown on social cards. Defaults to the main image.',
    fr: 'Affichée sur les réseaux sociaux. Par défaut, l’image principale.',
    es: 'Se muestra en las redes sociales. Por defecto, la imagen principal.',
    ar: 'تظهر في بطاقات المشاركة. تُستخدم الصورة الرئيسية إن تُركت فارغة.',
  },
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
  reviewComment: { en: 'Review comment', fr: 'Commentaire de relecture', es: 'Comentario de revisión', ar: 'ملاحظة المراجعة' },
  reviewCommentHelp: {
    en: 'Required when asking for changes or rejecting: the translator reads it.',
    fr: 'Obligatoire pour demander des modifications ou refuser : le traducteur le lit.',
    es: 'Obligatorio para pedir cambios o rechazar: el traductor lo lee.',
    ar: 'مطلوبة عند طلب تعديلات أو الرفض، ويقرؤها المترجم.',
  },
  translator: { en: 'Translator', fr: 'Traducteur ou traductrice', es: 'Traductor o traductora', ar: 'المترجم' },
  reviewer: { en: 'Reviewed by', fr: 'Relu par', es: 'Revisado por', ar: 'راجعه' },
  submittedAt: { en: 'Submitted', fr: 'Soumise le', es: 'Enviada el', ar: 'أُرسلت في' },
  reviewedAt: { en: 'Reviewed', fr: 'Relue le', es: 'Revisada el', ar: 'رُوجعت في' },
  history: { en: 'History', fr: 'Historique', es: 'Historial', ar: 'السجل' },
  original: { en: 'Original', fr: 'Original', es: 'Original', ar: 'الأصل' },
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
  downloadXliff: { en: 'Download XLIFF', fr: 'Télécharger le XLIFF', es: 'Descargar XLIFF', ar: 'تنزيل ملف XLIFF' },
  uploadXliff: { en: 'Upload a translated XLIFF file', fr: 'Déposer un fichier XLIFF traduit', es: 'Subir un archivo XLIFF traducido', ar: 'رفع ملف XLIFF مترجم' },
  uploadXliffHelp: {
    en: 'The file is checked segment by segment; if anything is wrong nothing is saved and each problem is listed. A valid file is submitted for review.',
    fr: 'Le fichier est vérifié segment par segment ; en cas d’erreur rien n’est enregistré et chaque problème est indiqué. Un fichier valide est soumis pour relecture.',
    es: 'El archivo se comprueba segmento por segmento; si algo falla no se guarda nada y se indica cada problema. Un archivo válido se envía a revisión.',
    ar: 'يُفحص الملف مقطعًا مقطعًا؛ وإن وُجد خطأ لا يُحفظ شيء وتُعرض كل مشكلة. ويُرسل الملف الصحيح للمراجعة.',
  },
  upload: { en: 'Upload', fr: 'Déposer', es: 'Subir', ar: 'رفع' },
  translate: { en: 'Translate', fr: 'Traduire', es: 'Traducir', ar: 'ترجمة' },
  continueTranslation: { en: 'Continue', fr: 'Continuer', es: 'Continuar', ar: 'متابعة' },
  myTranslations: { en: 'My translations', fr: 'Mes traductions', es: 'Mis traducciones', ar: 'ترجماتي' },
  myTranslationsEmpty: {
    en: 'Nothing is waiting in your languages.',
    fr: 'Rien n’attend dans vos langues.',
    es: 'No hay nada pendiente en sus idiomas.',
    ar: 'لا شيء بانتظارك في لغاتك.',
  },
  translationCoverage: { en: 'Translations', fr: 'Traductions', es: 'Traducciones', ar: 'الترجمات' },
  waitingForReview: { en: 'Waiting for review', fr: 'En attente de relecture', es: 'Pendientes de revisión', ar: 'بانتظار المراجعة' },
  oldestWaiting: { en: 'Oldest waiting since', fr: 'La plus ancienne attend depuis le', es: 'La más antigua espera desde el', ar: 'أقدمها ينتظر منذ' },
  noneWaiting: { en: 'No translation is waiting for review.', fr: 'Aucune traduction n’attend de relecture.', es: 'Ninguna traducción espera revisión.', ar: 'لا توجد ترجمة بانتظار المراجعة.' },
  whatChanged: { en: 'What changed in the original', fr: 'Ce qui a changé dans l’original', es: 'Qué cambió en el original', ar: 'ما الذي تغيّر في الأصل' },
  review: { en: 'Review', fr: 'Relire', es: 'Revisar', ar: 'مراجعة' },
} satisfies Record<string, AdminText>

/** The four states a language of a statement can be in, as the admin names them. */
export const localeStateText = {
  published: { en: 'published', fr: 'publiée', es: 'publicada', ar: 'منشورة' },
  review: { en: 'in review', fr: 'en relecture', es: 'en revisión', ar: 'قيد المراجعة' },
  outdated: { en: 'outdated', fr: 'à mettre à jour', es: 'desactualizada', ar: 'بحاجة إلى تحديث' },
  missing: { en: 'missing', fr: 'manquante', es: 'falta', ar: 'غير متوفرة' },
  original: { en: 'original', fr: 'original', es: 'original', ar: 'الأصل' },
} satisfies Record<string, AdminText>

export const translationStatusText = {
  draft: { en: 'Draft', fr: 'Brouillon', es: 'Borrador', ar: 'مسودة' },
  submitted: { en: 'Submitted for review', fr: 'Soumise pour relecture', es: 'Enviada a revisión', ar: 'مُرسلة للمراجعة' },
  changes_requested: { en: 'Changes requested', fr: 'Modifications demandées', es: 'Cambios solicitados', ar: 'مطلوب تعديلات' },
  accepted: { en: 'Accepted (published)', fr: 'Acceptée (publiée)', es: 'Aceptada (publicada)', ar: 'مقبولة (منشورة)' },
  rejected: { en: 'Rejected', fr: 'Refusée', es: 'Rechazada', ar: 'مرفوضة' },
} satisfies Record<string, AdminText>

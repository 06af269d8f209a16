import type { I18nClient } from '@payloadcms/translations'
import type { LabelFunction } from 'payload'

import { lengthLimits } from '@/lib/text/lengthLimits'

import { sourceLocale, type Locale, localeCodes } from './locales'

/**
 * Labels and help texts of our own fields, in every admin language: Payload shows the entry of
 * the editor's chosen interface language. Typed by Locale, so a new language cannot be forgotten.
 */
export type AdminText = Record<Locale, string>

/** The admin interface language of this person, as one of our locales. */
export function adminLocale(i18n: Pick<I18nClient, 'language'>): Locale {
  return (localeCodes as string[]).includes(i18n.language)
    ? (i18n.language as Locale)
    : sourceLocale
}

/**
 * A collection's label, chosen on the server in the editor's language. Payload hands collection
 * labels to some of its texts as they are ("Add new …" beside a relationship field), where a
 * label given in every language would read "Add new [object Object]".
 */
export const labelIn =
  (text: AdminText): LabelFunction =>
  ({ i18n }) =>
    text[adminLocale(i18n)]

/** A collection's singular and plural labels in the editor's language. */
export const collectionLabels = (singular: AdminText, plural: AdminText) => ({
  singular: labelIn(singular),
  plural: labelIn(plural),
})

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
  heroImage: {
    en: 'Main image',
    fr: 'Image principale',
    es: 'Imagen principal',
    ar: 'الصورة الرئيسية',
  },
  attachments: { en: 'Documents', fr: 'Documents', es: 'Documentos', ar: 'الوثائق' },
  attachmentsHelp: {
    en: 'PDF documents, such as the signed letter.',
    fr: 'Documents PDF, par exemple la lettre signée.',
    es: 'Documentos PDF, como la carta firmada.',
    ar: 'وثائق PDF، مثل الرسالة الموقّعة.',
  },
  relatedStatements: {
    en: 'Related statements',
    fr: 'Déclarations liées',
    es: 'Declaraciones relacionadas',
    ar: 'بيانات ذات صلة',
  },
  publishedAt: { en: 'Date', fr: 'Date', es: 'Fecha', ar: 'التاريخ' },
  publishedAtHelp: {
    en: 'The date readers see.',
    fr: 'La date que voient les lecteurs.',
    es: 'La fecha que ven los lectores.',
    ar: 'التاريخ الذي يراه القرّاء.',
  },
  kind: { en: 'Kind', fr: 'Type', es: 'Tipo', ar: 'النوع' },
  topics: { en: 'Topics', fr: 'Thèmes', es: 'Temas', ar: 'المواضيع' },
  slug: {
    en: 'Address (slug)',
    fr: 'Adresse (slug)',
    es: 'Dirección (slug)',
    ar: 'العنوان في الرابط',
  },
  slugHelp: {
    en: 'The last part of the address. Made from the title when left empty.',
    fr: 'La fin de l’adresse de la page. Tirée du titre si elle est laissée vide.',
    es: 'La parte final de la dirección. Se crea a partir del título si se deja vacía.',
    ar: 'الجزء الأخير من رابط الصفحة. يُنشأ من العنوان إذا تُرك فارغًا.',
  },
  seo: {
    en: 'Search and sharing',
    fr: 'Référencement et partage',
    es: 'Buscadores y redes sociales',
    ar: 'محركات البحث والمشاركة',
  },
  seoTitle: {
    en: 'Title for search and sharing',
    fr: 'Titre pour le référencement et le partage',
    es: 'Título para buscadores y redes sociales',
    ar: 'العنوان في محركات البحث والمشاركة',
  },
  seoTitleHelp: {
    en: `Up to ${lengthLimits.seoTitle} characters, what search results show. Defaults to the title.`,
    fr: `${lengthLimits.seoTitle} caractères au plus, ce qu’affichent les moteurs de recherche. Par défaut, le titre.`,
    es: `Hasta ${lengthLimits.seoTitle} caracteres, lo que muestran los buscadores. Por defecto, el título.`,
    ar: `حتى ${lengthLimits.seoTitle} حرفًا، وهو ما تعرضه محركات البحث. يُستخدم العنوان إن تُرك فارغًا.`,
  },
  seoDescription: { en: 'Description', fr: 'Description', es: 'Descripción', ar: 'الوصف' },
  seoDescriptionHelp: {
    en: `Up to ${lengthLimits.seoDescription} characters, what search results show. Defaults to the standfirst.`,
    fr: `${lengthLimits.seoDescription} caractères au plus, ce qu’affichent les moteurs de recherche. Par défaut, le chapeau.`,
    es: `Hasta ${lengthLimits.seoDescription} caracteres, lo que muestran los buscadores. Por defecto, la entradilla.`,
    ar: `حتى ${lengthLimits.seoDescription} حرف، وهو ما تعرضه محركات البحث. تُستخدم المقدمة إن تُرك فارغًا.`,
  },
  seoImage: {
    en: 'Sharing image',
    fr: 'Image de partage',
    es: 'Imagen para compartir',
    ar: 'صورة المشاركة',
  },
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
  tracker: {
    en: 'Reactions tracker',
    fr: 'Suivi des réactions',
    es: 'Seguimiento de reacciones',
    ar: 'متابعة المواقف',
  },
  state: { en: 'State', fr: 'État', es: 'Estado', ar: 'دولة' },
  states: { en: 'States', fr: 'États', es: 'Estados', ar: 'الدول' },
  name: { en: 'Name', fr: 'Nom', es: 'Nombre', ar: 'الاسم' },
  regionalGroup: {
    en: 'UN regional group',
    fr: 'Groupe régional de l’ONU',
    es: 'Grupo regional de la ONU',
    ar: 'المجموعة الإقليمية في الأمم المتحدة',
  },
  unMembership: {
    en: 'United Nations',
    fr: 'Nations unies',
    es: 'Naciones Unidas',
    ar: 'الأمم المتحدة',
  },
  unMember: { en: 'Member State', fr: 'État membre', es: 'Estado Miembro', ar: 'دولة عضو' },
  unObserver: {
    en: 'Observer State',
    fr: 'État observateur',
    es: 'Estado observador',
    ar: 'دولة مراقبة',
  },
  unNone: { en: 'Not a member', fr: 'Non membre', es: 'No miembro', ar: 'غير عضو' },
  depositDate: {
    en: 'Instrument deposited',
    fr: 'Dépôt de l’instrument',
    es: 'Depósito del instrumento',
    ar: 'إيداع الصك',
  },
  depositDateHelp: {
    en: 'Ratification, accession or succession.',
    fr: 'Ratification, adhésion ou succession.',
    es: 'Ratificación, adhesión o sucesión.',
    ar: 'التصديق أو الانضمام أو الخلافة.',
  },
  entryIntoForce: {
    en: 'Entry into force',
    fr: 'Entrée en vigueur',
    es: 'Entrada en vigor',
    ar: 'بدء النفاذ',
  },
  entryIntoForceHelp: {
    en: 'The State is a party from this day (article 126).',
    fr: 'L’État est partie à compter de ce jour (article 126).',
    es: 'El Estado es parte desde este día (artículo 126).',
    ar: 'تصبح الدولة طرفًا اعتبارًا من هذا اليوم (المادة 126).',
  },
  withdrawalEffective: {
    en: 'Withdrawal effective',
    fr: 'Retrait effectif',
    es: 'Retiro efectivo',
    ar: 'نفاذ الانسحاب',
  },
  withdrawalEffectiveHelp: {
    en: 'The State is no longer a party from this day (article 127).',
    fr: 'L’État n’est plus partie à compter de ce jour (article 127).',
    es: 'El Estado deja de ser parte desde este día (artículo 127).',
    ar: 'لا تعود الدولة طرفًا اعتبارًا من هذا اليوم (المادة 127).',
  },
  stateNote: {
    en: 'Research note',
    fr: 'Note de recherche',
    es: 'Nota de investigación',
    ar: 'ملاحظة بحثية',
  },
  stateNoteHelp: {
    en: 'Where the dates come from and what is uncertain. Editors only.',
    fr: 'D’où viennent les dates et ce qui est incertain. Réservé aux éditeurs.',
    es: 'De dónde vienen las fechas y qué es incierto. Solo para editores.',
    ar: 'مصدر التواريخ وما هو غير مؤكد. للمحررين فقط.',
  },
  organization: { en: 'Organization', fr: 'Organisation', es: 'Organización', ar: 'منظمة' },
  organizations: { en: 'Organizations', fr: 'Organisations', es: 'Organizaciones', ar: 'المنظمات' },
  code: { en: 'Code', fr: 'Code', es: 'Código', ar: 'الرمز' },
  organizationCodeHelp: {
    en: 'Short and stable, used in spreadsheets that are imported: eu, asp-presidency, au …',
    fr: 'Court et stable, utilisé dans les tableurs importés : eu, asp-presidency, au…',
    es: 'Corto y estable, se usa en las hojas de cálculo importadas: eu, asp-presidency, au…',
    ar: 'قصير وثابت، يُستخدم في جداول البيانات المستوردة: eu وasp-presidency وau…',
  },
  website: { en: 'Website', fr: 'Site web', es: 'Sitio web', ar: 'الموقع الإلكتروني' },
  reaction: { en: 'Reaction', fr: 'Réaction', es: 'Reacción', ar: 'موقف' },
  reactions: { en: 'Reactions', fr: 'Réactions', es: 'Reacciones', ar: 'المواقف' },
  actors: { en: 'Who', fr: 'Qui', es: 'Quién', ar: 'الجهة' },
  actorsHelp: {
    en: 'One or more States or organizations: a joint statement has several.',
    fr: 'Un ou plusieurs États ou organisations : une déclaration conjointe en compte plusieurs.',
    es: 'Uno o varios Estados u organizaciones: una declaración conjunta tiene varios.',
    ar: 'دولة أو منظمة أو أكثر: للبيان المشترك عدة جهات.',
  },
  reactionDate: { en: 'Date', fr: 'Date', es: 'Fecha', ar: 'التاريخ' },
  stance: { en: 'Stance', fr: 'Position', es: 'Posición', ar: 'الموقف' },
  summary: { en: 'Summary', fr: 'Résumé', es: 'Resumen', ar: 'ملخص' },
  summaryHelp: {
    en: 'One or two sentences, in each language.',
    fr: 'Une ou deux phrases, dans chaque langue.',
    es: 'Una o dos frases, en cada idioma.',
    ar: 'جملة أو جملتان بكل لغة.',
  },
  quote: { en: 'Quote', fr: 'Citation', es: 'Cita', ar: 'اقتباس' },
  quoteHelp: {
    en: 'The words as published, in their original language.',
    fr: 'Les mots tels que publiés, dans leur langue d’origine.',
    es: 'Las palabras tal como se publicaron, en su idioma original.',
    ar: 'الكلمات كما نُشرت، بلغتها الأصلية.',
  },
  quoteLanguage: {
    en: 'Language of the quote',
    fr: 'Langue de la citation',
    es: 'Idioma de la cita',
    ar: 'لغة الاقتباس',
  },
  sourceUrl: {
    en: 'Source address',
    fr: 'Adresse de la source',
    es: 'Dirección de la fuente',
    ar: 'رابط المصدر',
  },
  sourceTitle: {
    en: 'Source title',
    fr: 'Titre de la source',
    es: 'Título de la fuente',
    ar: 'عنوان المصدر',
  },
  sourcePublisher: { en: 'Published by', fr: 'Publiée par', es: 'Publicada por', ar: 'الناشر' },
  verified: { en: 'Verified', fr: 'Vérifiée', es: 'Verificada', ar: 'تم التحقق' },
  verifiedHelp: {
    en: 'Checked against its source. Only verified reactions are public and counted.',
    fr: 'Contrôlée d’après sa source. Seules les réactions vérifiées sont publiques et comptées.',
    es: 'Comprobada con su fuente. Solo las reacciones verificadas son públicas y se cuentan.',
    ar: 'تمت مطابقته مع مصدره. لا تُنشر ولا تُحتسب إلا المواقف التي تم التحقق منها.',
  },
  sample: {
    en: 'Sample data',
    fr: 'Donnée d’exemple',
    es: 'Dato de ejemplo',
    ar: 'بيانات تجريبية',
  },
  sampleHelp: {
    en: 'Demo content, not a fact: labelled as sample wherever it shows.',
    fr: 'Contenu de démonstration, pas un fait : signalé comme exemple partout où il apparaît.',
    es: 'Contenido de demostración, no un hecho: se marca como ejemplo dondequiera que aparezca.',
    ar: 'محتوى تجريبي وليس حقيقة: يُوسم بأنه مثال أينما ظهر.',
  },
  editorNotes: {
    en: 'Editor notes',
    fr: 'Notes de la rédaction',
    es: 'Notas de la redacción',
    ar: 'ملاحظات التحرير',
  },
  editorNotesHelp: {
    en: 'Never public.',
    fr: 'Jamais publiques.',
    es: 'Nunca públicas.',
    ar: 'لا تُنشر أبدًا.',
  },
  importButton: { en: 'Import', fr: 'Importer', es: 'Importar', ar: 'استيراد' },
  importReactions: {
    en: 'Import reactions from a spreadsheet (CSV)',
    fr: 'Importer des réactions depuis un tableur (CSV)',
    es: 'Importar reacciones desde una hoja de cálculo (CSV)',
    ar: 'استيراد المواقف من جدول بيانات (CSV)',
  },
  importReactionsHelp: {
    en: 'Every row is checked first; if any row is wrong, nothing is imported and each problem is listed with its row number. Rows already recorded are skipped.',
    fr: 'Chaque ligne est d’abord vérifiée ; si une ligne est fausse, rien n’est importé et chaque problème est indiqué avec son numéro de ligne. Les lignes déjà enregistrées sont ignorées.',
    es: 'Primero se comprueba cada fila; si alguna es incorrecta, no se importa nada y se indica cada problema con su número de fila. Las filas ya registradas se omiten.',
    ar: 'يُفحص كل صف أولًا؛ وإن كان أي صف خاطئًا لا يُستورد شيء وتُعرض كل مشكلة مع رقم صفها. وتُتجاوز الصفوف المسجلة مسبقًا.',
  },
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
} satisfies Record<string, AdminText>

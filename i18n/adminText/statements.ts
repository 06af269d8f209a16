import { lengthLimits } from '@/lib/text/lengthLimits'

import type { Label } from '../label'

/** The fields of a statement, its address and what search engines and share cards show. */
export const statementText = {
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
} satisfies Record<string, Label>

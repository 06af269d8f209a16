import type { Label } from '../label'

/** The fields of a reaction, and its import from a spreadsheet. */
export const reactionText = {
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
} satisfies Record<string, Label>

import type { Label } from '../label'

/** The archived copy of a reaction's source, and the daily check of its source address. */
export const sourceCheckText = {
  archivedUrl: {
    en: 'Archived copy',
    fr: 'Copie archivée',
    es: 'Copia archivada',
    ar: 'نسخة مؤرشفة',
  },
  archivedUrlHelp: {
    en: 'Optional: the address of a saved copy of the source (e.g. web.archive.org), shown to readers beside it.',
    fr: 'Facultatif : l’adresse d’une copie enregistrée de la source (par ex. web.archive.org), montrée aux lecteurs à côté d’elle.',
    es: 'Opcional: la dirección de una copia guardada de la fuente (p. ej. web.archive.org), que los lectores ven junto a ella.',
    ar: 'اختياري: رابط نسخة محفوظة من المصدر (مثل web.archive.org)، تظهر للقراء بجانبه.',
  },
  sourceCheck: {
    en: 'Source check',
    fr: 'Vérification de la source',
    es: 'Comprobación de la fuente',
    ar: 'فحص المصدر',
  },
  sourceCheckHelp: {
    en: 'Written by the daily check of the source address; a new address is checked within the day.',
    fr: 'Écrit par la vérification quotidienne de l’adresse de la source ; une nouvelle adresse est vérifiée dans la journée.',
    es: 'Lo escribe la comprobación diaria de la dirección de la fuente; una dirección nueva se comprueba en el día.',
    ar: 'يكتبه الفحص اليومي لرابط المصدر؛ ويُفحص الرابط الجديد خلال اليوم.',
  },
  sourceCheckStatus: {
    en: 'Source status',
    fr: 'État de la source',
    es: 'Estado de la fuente',
    ar: 'حالة المصدر',
  },
  sourceCheckOk: { en: 'Works', fr: 'Fonctionne', es: 'Funciona', ar: 'يعمل' },
  sourceCheckRedirected: {
    en: 'Leads elsewhere',
    fr: 'Mène ailleurs',
    es: 'Lleva a otra página',
    ar: 'يقود إلى صفحة أخرى',
  },
  sourceCheckFailed: { en: 'Fails', fr: 'En échec', es: 'Falla', ar: 'معطّل' },
  sourceCheckUnreachable: {
    en: 'Unreachable',
    fr: 'Injoignable',
    es: 'Inaccesible',
    ar: 'يتعذّر الوصول إليه',
  },
  sourceCheckNever: {
    en: 'Not checked yet',
    fr: 'Pas encore vérifiée',
    es: 'Aún sin comprobar',
    ar: 'لم يُفحص بعد',
  },
  sourceCheckHttpStatus: {
    en: 'HTTP status',
    fr: 'Statut HTTP',
    es: 'Estado HTTP',
    ar: 'رمز حالة HTTP',
  },
  sourceFinalUrl: {
    en: 'Where it ends up',
    fr: 'Où elle aboutit',
    es: 'Adónde lleva',
    ar: 'أين ينتهي',
  },
  sourceCheckProblem: { en: 'Problem', fr: 'Problème', es: 'Problema', ar: 'المشكلة' },
  sourceCheckedAt: {
    en: 'Last checked',
    fr: 'Dernière vérification',
    es: 'Última comprobación',
    ar: 'آخر فحص',
  },
  sourceProblemsTitle: {
    en: 'Sources to look at',
    fr: 'Sources à examiner',
    es: 'Fuentes que revisar',
    ar: 'مصادر تحتاج إلى مراجعة',
  },
  sourceProblemsCount: {
    en: 'sources of verified reactions fail or lead elsewhere',
    fr: 'sources de réactions vérifiées sont en échec ou mènent ailleurs',
    es: 'fuentes de reacciones verificadas fallan o llevan a otra página',
    ar: 'من مصادر المواقف المُتحقق منها معطّلة أو تقود إلى صفحة أخرى',
  },
  sourceProblemsShow: {
    en: 'Show them',
    fr: 'Les afficher',
    es: 'Mostrarlas',
    ar: 'اعرضها',
  },
} satisfies Record<string, Label>

import type { Locale } from '@/i18n/locales'

/** The translation memory: segments of accepted translations, reused by later ones. */
export const translationMemoryText = {
  memoryEntry: {
    en: 'Memory segment',
    fr: 'Segment de mémoire',
    es: 'Segmento de memoria',
    ar: 'مقطع من الذاكرة',
  },
  memoryEntries: {
    en: 'Translation memory',
    fr: 'Mémoire de traduction',
    es: 'Memoria de traducción',
    ar: 'ذاكرة الترجمة',
  },
  memoryHelp: {
    en: 'Each segment of every accepted translation, and the segments brought in from TMX files. A new translation starts from them wherever the original is unchanged. Delete a segment to stop it being reused.',
    fr: 'Chaque segment de chaque traduction acceptée, et les segments importés de fichiers TMX. Une nouvelle traduction en repart partout où l’original n’a pas changé. Supprimez un segment pour qu’il ne soit plus réutilisé.',
    es: 'Cada segmento de cada traducción aceptada y los segmentos importados de archivos TMX. Una nueva traducción parte de ellos allí donde el original no ha cambiado. Elimine un segmento para que deje de reutilizarse.',
    ar: 'كل مقطع من كل ترجمة مقبولة، والمقاطع المستوردة من ملفات TMX. تبدأ الترجمة الجديدة منها حيثما لم يتغير الأصل. احذف مقطعًا كي لا يُعاد استخدامه.',
  },
  memorySourceText: { en: 'Original', fr: 'Original', es: 'Original', ar: 'الأصل' },
  memoryTargetText: { en: 'Translation', fr: 'Traduction', es: 'Traducción', ar: 'الترجمة' },
  memorySourceLanguage: {
    en: 'From',
    fr: 'De',
    es: 'De',
    ar: 'من',
  },
  memoryTargetLanguage: { en: 'Into', fr: 'Vers', es: 'A', ar: 'إلى' },
  memoryOrigin: { en: 'Origin', fr: 'Provenance', es: 'Procedencia', ar: 'المصدر' },
  memoryFromAccepted: {
    en: 'An accepted translation',
    fr: 'Une traduction acceptée',
    es: 'Una traducción aceptada',
    ar: 'ترجمة مقبولة',
  },
  memoryFromTmx: {
    en: 'A TMX file',
    fr: 'Un fichier TMX',
    es: 'Un archivo TMX',
    ar: 'ملف TMX',
  },
  memorySegment: { en: 'Segment', fr: 'Segment', es: 'Segmento', ar: 'المقطع' },
  memoryStoredAt: { en: 'Stored', fr: 'Enregistré', es: 'Guardado', ar: 'حُفظ' },
  memoryProgressHelp: {
    en: 'Segments from memory are translations accepted before for the same original, word for word: check them, but there is no need to retype them.',
    fr: 'Les segments issus de la mémoire sont des traductions déjà acceptées pour le même original, mot pour mot : relisez-les, inutile de les retaper.',
    es: 'Los segmentos de la memoria son traducciones ya aceptadas del mismo original, palabra por palabra: revíselos, no hace falta volver a escribirlos.',
    ar: 'مقاطع الذاكرة ترجمات قُبلت من قبل للأصل نفسه حرفيًا: راجعها، ولا حاجة إلى إعادة كتابتها.',
  },
  memoryToTranslate: {
    en: 'To translate:',
    fr: 'À traduire :',
    es: 'Por traducir:',
    ar: 'للترجمة:',
  },
}

type Counts = { segments: number; memory: number; toTranslate: number; translated: number }

const plural = (locale: string, count: number, one: string, other: string) =>
  `${count} ${new Intl.PluralRules(locale).select(count) === 'one' ? one : other}`

/** “12 segments, 11 from memory, 1 to translate” (and how many the translator wrote), per language. */
export const memoryProgressSummary: Record<Locale, (counts: Counts) => string> = {
  en: (c) =>
    [
      plural('en', c.segments, 'segment', 'segments'),
      `${c.memory} from memory`,
      `${c.toTranslate} to translate`,
      ...(c.translated ? [`${c.translated} translated`] : []),
    ].join(', '),
  fr: (c) =>
    [
      plural('fr', c.segments, 'segment', 'segments'),
      plural('fr', c.memory, 'issu de la mémoire', 'issus de la mémoire'),
      `${c.toTranslate} à traduire`,
      ...(c.translated ? [plural('fr', c.translated, 'traduit', 'traduits')] : []),
    ].join(', '),
  es: (c) =>
    [
      plural('es', c.segments, 'segmento', 'segmentos'),
      `${c.memory} de la memoria`,
      `${c.toTranslate} por traducir`,
      ...(c.translated ? [plural('es', c.translated, 'traducido', 'traducidos')] : []),
    ].join(', '),
  // Counts after a label read right in Arabic whatever the number, without its plural forms.
  ar: (c) =>
    [
      `المقاطع: ${c.segments}`,
      `من الذاكرة: ${c.memory}`,
      `للترجمة: ${c.toTranslate}`,
      ...(c.translated ? [`مترجمة: ${c.translated}`] : []),
    ].join('، '),
}

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
}

/** The translation memory's fuzzy suggestions, shown under a translation's text. */
export const memorySuggestionText = {
  memorySuggestions: {
    en: 'Similar translations in memory',
    fr: 'Traductions semblables en mémoire',
    es: 'Traducciones parecidas en la memoria',
    ar: 'ترجمات مشابهة في الذاكرة',
  },
  memorySuggestionsHelp: {
    en: 'For each part still to translate, the closest earlier translations whose original is at least 50% similar. In each original, struck words are not in this part and underlined words are new in it.',
    fr: 'Pour chaque partie encore à traduire, les traductions antérieures les plus proches dont l’original est semblable à 50 % au moins. Dans chaque original, les mots barrés ne figurent pas dans cette partie et les mots soulignés y sont nouveaux.',
    es: 'Para cada parte aún por traducir, las traducciones anteriores más cercanas cuyo original es parecido en un 50 % como mínimo. En cada original, las palabras tachadas no están en esta parte y las subrayadas son nuevas en ella.',
    ar: 'لكل جزء لم يُترجم بعد، أقرب الترجمات السابقة التي يشبه أصلها هذا الجزء بنسبة 50٪ على الأقل. في كل أصل، الكلمات المشطوبة ليست في هذا الجزء والكلمات المسطَّر تحتها جديدة فيه.',
  },
  memorySuggestionsNone: {
    en: 'No similar earlier translation for the parts still to translate.',
    fr: 'Aucune traduction antérieure semblable pour les parties encore à traduire.',
    es: 'Ninguna traducción anterior parecida para las partes aún por traducir.',
    ar: 'لا توجد ترجمة سابقة مشابهة للأجزاء التي لم تُترجم بعد.',
  },
  memorySuggestionsTooSlow: {
    en: 'The memory took too long to answer: no suggestions this time. They are looked for again when the page is opened or saved.',
    fr: 'La mémoire a mis trop de temps à répondre : pas de suggestions cette fois. Elles sont recherchées à nouveau à l’ouverture ou à l’enregistrement de la page.',
    es: 'La memoria tardó demasiado en responder: esta vez no hay sugerencias. Se buscan de nuevo al abrir o guardar la página.',
    ar: 'استغرقت الذاكرة وقتًا طويلًا للرد: لا اقتراحات هذه المرة. يُعاد البحث عنها عند فتح الصفحة أو حفظها.',
  },
  memorySuggestionSimilar: {
    en: 'similar',
    fr: 'semblable',
    es: 'parecido',
    ar: 'تشابه',
  },
  memorySuggestionOriginal: {
    en: 'Original it translated',
    fr: 'Original traduit',
    es: 'Original traducido',
    ar: 'الأصل المترجَم',
  },
  memorySuggestionTranslation: {
    en: 'Translation',
    fr: 'Traduction',
    es: 'Traducción',
    ar: 'الترجمة',
  },
}

/** The dated snapshots of the open data. */
export const dataReleaseText = {
  dataRelease: {
    en: 'Data release',
    fr: 'Version des données',
    es: 'Versión de los datos',
    ar: 'إصدار البيانات',
  },
  dataReleases: {
    en: 'Data releases',
    fr: 'Versions des données',
    es: 'Versiones de los datos',
    ar: 'إصدارات البيانات',
  },
  dataReleaseDate: { en: 'Date', fr: 'Date', es: 'Fecha', ar: 'التاريخ' },
  dataReleaseSchemaVersion: {
    en: 'Format version',
    fr: 'Version du format',
    es: 'Versión del formato',
    ar: 'إصدار الصيغة',
  },
  dataReleaseHash: {
    en: 'Content hash (SHA-256)',
    fr: 'Empreinte du contenu (SHA-256)',
    es: 'Huella del contenido (SHA-256)',
    ar: 'بصمة المحتوى (SHA-256)',
  },
  dataReleaseMadeBy: { en: 'Made by', fr: 'Faite par', es: 'Hecha por', ar: 'أنشأه' },
  dataReleaseBySchedule: {
    en: 'The monthly schedule',
    fr: 'Le calendrier mensuel',
    es: 'El calendario mensual',
    ar: 'الجدول الشهري',
  },
  dataReleaseByEditor: { en: 'An editor', fr: 'Un éditeur', es: 'Un editor', ar: 'محرر' },
  dataReleaseEditor: { en: 'Editor', fr: 'Éditeur', es: 'Editor', ar: 'المحرر' },
  makeDataRelease: {
    en: 'Make today’s data release',
    fr: 'Faire la version des données du jour',
    es: 'Hacer la versión de los datos de hoy',
    ar: 'إنشاء إصدار البيانات لهذا اليوم',
  },
  makeDataReleaseHelp: {
    en: 'Freezes today’s open data (reactions and signatories, in every language) at a dated address that never changes, for citation. One release a day; one is also made on the first of each month.',
    fr: 'Fige les données ouvertes du jour (réactions et signataires, dans toutes les langues) à une adresse datée qui ne change jamais, pour la citation. Une version par jour ; une est aussi faite le premier de chaque mois.',
    es: 'Congela los datos abiertos de hoy (reacciones y firmantes, en todos los idiomas) en una dirección fechada que nunca cambia, para citarlos. Una versión al día; también se hace una el primero de cada mes.',
    ar: 'يثبّت البيانات المفتوحة لهذا اليوم (ردود الفعل والموقّعون، بكل اللغات) في عنوان مؤرَّخ لا يتغير أبدًا، للاستشهاد بها. إصدار واحد في اليوم، ويُنشأ إصدار أيضًا في أول كل شهر.',
  },
}

/** The translation memory's TMX export and import (components/admin/TmxPanel.tsx). */
export const tmxText = {
  tmxDownloads: {
    en: 'Download the memory as TMX, for a CAT tool:',
    fr: 'Télécharger la mémoire en TMX, pour un outil de TAO :',
    es: 'Descargar la memoria en TMX, para una herramienta de TAO:',
    ar: 'تنزيل الذاكرة بصيغة TMX لأداة ترجمة بمساعدة الحاسوب:',
  },
  tmxImport: {
    en: 'Import a TMX file into the memory',
    fr: 'Importer un fichier TMX dans la mémoire',
    es: 'Importar un archivo TMX a la memoria',
    ar: 'استيراد ملف TMX إلى الذاكرة',
  },
  tmxImportHelp: {
    en: 'TMX 1.4 from English into French, Spanish or Arabic, up to 25 MB. A file that cannot be read is refused whole. Segments whose tags come from another tool are kept as plain text: they are reused only for segments without formatting or links.',
    fr: 'TMX 1.4 de l’anglais vers le français, l’espagnol ou l’arabe, jusqu’à 25 Mo. Un fichier illisible est refusé en entier. Les segments dont les balises viennent d’un autre outil sont gardés en texte brut : ils ne servent qu’aux segments sans mise en forme ni lien.',
    es: 'TMX 1.4 del inglés al francés, español o árabe, hasta 25 MB. Un archivo ilegible se rechaza entero. Los segmentos cuyas etiquetas vienen de otra herramienta se guardan como texto sin formato: solo se reutilizan en segmentos sin formato ni enlaces.',
    ar: 'ملف TMX 1.4 من الإنجليزية إلى الفرنسية أو الإسبانية أو العربية، حتى 25 ميغابايت. يُرفض الملف الذي تتعذر قراءته كاملًا. تُحفظ المقاطع التي تأتي وسومها من أداة أخرى نصًا عاديًا: فلا يُعاد استخدامها إلا لمقاطع بلا تنسيق ولا روابط.',
  },
  tmxImportButton: { en: 'Import', fr: 'Importer', es: 'Importar', ar: 'استيراد' },
  tmxImported: {
    en: 'Imported. New segment pairs: {stored}. Already in the memory: {updated}. Units skipped (no English with French, Spanish or Arabic): {skipped}. Kept as plain text: {plain}.',
    fr: 'Importé. Nouvelles paires de segments : {stored}. Déjà en mémoire : {updated}. Unités ignorées (pas d’anglais avec du français, de l’espagnol ou de l’arabe) : {skipped}. Gardées en texte brut : {plain}.',
    es: 'Importado. Pares de segmentos nuevos: {stored}. Ya en la memoria: {updated}. Unidades omitidas (sin inglés con francés, español o árabe): {skipped}. Guardados como texto sin formato: {plain}.',
    ar: 'تم الاستيراد. أزواج مقاطع جديدة: {stored}. موجودة في الذاكرة: {updated}. وحدات مُتجاوزة (بلا إنجليزية مع فرنسية أو إسبانية أو عربية): {skipped}. محفوظة نصًا عاديًا: {plain}.',
  },
  tmxImportFailed: {
    en: 'The import failed ({status}); nothing was imported.',
    fr: 'L’import a échoué ({status}) ; rien n’a été importé.',
    es: 'La importación falló ({status}); no se importó nada.',
    ar: 'فشل الاستيراد ({status})؛ لم يُستورد شيء.',
  },
  tmxConnectionLost: {
    en: 'The connection was lost: reload the list to see whether the file was imported. Importing it again changes nothing but dates.',
    fr: 'La connexion a été perdue : rechargez la liste pour voir si le fichier a été importé. L’importer de nouveau ne change que des dates.',
    es: 'Se perdió la conexión: recargue la lista para ver si el archivo se importó. Importarlo de nuevo solo cambia fechas.',
    ar: 'انقطع الاتصال: أعد تحميل القائمة لترى هل استُورد الملف. إعادة استيراده لا تغيّر سوى التواريخ.',
  },
}

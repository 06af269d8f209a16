import type { Label } from '../label'

/** Coordinated releases: statements in several languages and reactions that go live together. */
export const releaseText = {
  release: { en: 'Release', fr: 'Publication groupée', es: 'Publicación conjunta', ar: 'نشر منسّق' },
  releases: {
    en: 'Releases',
    fr: 'Publications groupées',
    es: 'Publicaciones conjuntas',
    ar: 'عمليات النشر المنسّق',
  },
  releaseTitle: { en: 'Name', fr: 'Nom', es: 'Nombre', ar: 'الاسم' },
  moment: { en: 'Goes live at', fr: 'Mise en ligne le', es: 'Se publica el', ar: 'موعد النشر' },
  momentHelp: {
    en: 'Every item goes live at this moment in all its chosen languages, or none does.',
    fr: 'Chaque élément est mis en ligne à ce moment dans toutes ses langues choisies, ou aucun ne l’est.',
    es: 'Cada elemento se publica en ese momento en todos sus idiomas elegidos, o ninguno se publica.',
    ar: 'يُنشر كل عنصر في هذا الموعد بجميع لغاته المختارة، أو لا يُنشر شيء.',
  },
  releaseStatements: { en: 'Statements', fr: 'Déclarations', es: 'Declaraciones', ar: 'البيانات' },
  releaseLanguages: {
    en: 'Languages that go out together',
    fr: 'Langues publiées ensemble',
    es: 'Idiomas que salen juntos',
    ar: 'اللغات التي تُنشر معًا',
  },
  releaseLanguagesHelp: {
    en: 'English is always included: it is the original. Each other language needs an accepted translation.',
    fr: 'L’anglais est toujours inclus : c’est l’original. Chaque autre langue demande une traduction acceptée.',
    es: 'El inglés siempre se incluye: es el original. Cada otro idioma necesita una traducción aceptada.',
    ar: 'الإنجليزية مشمولة دائمًا لأنها الأصل. تحتاج كل لغة أخرى إلى ترجمة مقبولة.',
  },
  releaseReactions: {
    en: 'Reactions verified at the moment',
    fr: 'Réactions vérifiées à ce moment',
    es: 'Reacciones verificadas en ese momento',
    ar: 'المواقف التي يُتحقّق منها في الموعد',
  },
  releaseStatus: { en: 'Status', fr: 'État', es: 'Estado', ar: 'الحالة' },
  releaseScheduled: { en: 'Scheduled', fr: 'Programmée', es: 'Programada', ar: 'مجدول' },
  releasePublished: { en: 'Published', fr: 'Publiée', es: 'Publicada', ar: 'منشور' },
  releaseFailed: { en: 'Failed', fr: 'Échouée', es: 'Fallida', ar: 'فشل' },
  failureReason: {
    en: 'Why it failed',
    fr: 'Raison de l’échec',
    es: 'Motivo del fallo',
    ar: 'سبب الفشل',
  },
  releasePublishedAt: {
    en: 'Published at',
    fr: 'Publiée le',
    es: 'Publicada el',
    ar: 'نُشر في',
  },
  upcomingReleases: {
    en: 'Upcoming releases',
    fr: 'Publications groupées à venir',
    es: 'Próximas publicaciones conjuntas',
    ar: 'عمليات النشر المنسّق القادمة',
  },
  noUpcomingReleases: {
    en: 'No release is scheduled.',
    fr: 'Aucune publication groupée n’est programmée.',
    es: 'No hay ninguna publicación conjunta programada.',
    ar: 'لا توجد عمليات نشر منسّق مجدولة.',
  },
  timesIn: {
    en: 'Times in your time zone:',
    fr: 'Heures dans votre fuseau horaire :',
    es: 'Horas en su zona horaria:',
    ar: 'الأوقات بحسب منطقتك الزمنية:',
  },
  releaseTime: { en: 'Time', fr: 'Heure', es: 'Hora', ar: 'الوقت' },
  releaseMissing: {
    en: 'Still missing',
    fr: 'Manque encore',
    es: 'Falta todavía',
    ar: 'ما زال ناقصًا',
  },
  releaseReady: { en: 'Ready', fr: 'Prête', es: 'Lista', ar: 'جاهز' },
  editedAfterApproval: {
    en: 'edited after approval: save the release again to approve it',
    fr: 'modifiée après l’approbation : enregistrez à nouveau la publication pour l’approuver',
    es: 'editada tras la aprobación: guarde de nuevo la publicación para aprobarla',
    ar: 'عُدّل بعد الموافقة: احفظ النشر مرة أخرى للموافقة عليه',
  },
  translationNoLongerAccepted: {
    en: 'the approved translation is no longer accepted',
    fr: 'la traduction approuvée n’est plus acceptée',
    es: 'la traducción aprobada ya no está aceptada',
    ar: 'الترجمة المعتمدة لم تعد مقبولة',
  },
  reactionsInRelease: {
    en: 'Reactions verified with it:',
    fr: 'Réactions vérifiées avec elle :',
    es: 'Reacciones verificadas con ella:',
    ar: 'المواقف التي يُتحقّق منها معه:',
  },
} satisfies Record<string, Label>

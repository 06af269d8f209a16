import type { JobStatus } from '@/lib/translationJobs/rules'

import type { Label } from '../label'

/** Translation jobs: asking for a statement in a language, of someone, by a date. */
export const translationJobText = {
  translationJob: {
    en: 'Translation job',
    fr: 'Demande de traduction',
    es: 'Encargo de traducción',
    ar: 'طلب ترجمة',
  },
  translationJobs: {
    en: 'Translation jobs',
    fr: 'Demandes de traduction',
    es: 'Encargos de traducción',
    ar: 'طلبات الترجمة',
  },
  translationJobsHelp: {
    en: 'A statement asked for in a language, of a translator, by a date. The status follows the translation: submitted when one is submitted, done when one is accepted. Ask from the statement’s languages panel.',
    fr: 'Une déclaration demandée dans une langue, à un traducteur, pour une date. Le statut suit la traduction : soumise quand une traduction est soumise, terminée quand elle est acceptée. Demandez depuis le panneau des langues de la déclaration.',
    es: 'Una declaración pedida en un idioma, a un traductor, para una fecha. El estado sigue a la traducción: enviada cuando se envía una, terminada cuando se acepta. Pida desde el panel de idiomas de la declaración.',
    ar: 'بيان مطلوب بلغة ما، من مترجم، بحلول موعد. تتبع الحالة الترجمة: مُرسلة عند إرسال ترجمة، ومنجزة عند قبولها. اطلب من لوحة اللغات في البيان.',
  },
  jobAssignee: { en: 'Translator', fr: 'Traducteur', es: 'Traductor', ar: 'المترجم' },
  jobAssigneeHelp: {
    en: 'Someone who translates into this language. They are emailed when the job is given to them.',
    fr: 'Une personne qui traduit vers cette langue. Elle reçoit un courriel quand la demande lui est confiée.',
    es: 'Alguien que traduce a este idioma. Recibe un correo cuando se le asigna el encargo.',
    ar: 'شخص يترجم إلى هذه اللغة. يصله بريد إلكتروني عند إسناد الطلب إليه.',
  },
  jobDueAt: { en: 'Due', fr: 'Échéance', es: 'Fecha límite', ar: 'الموعد النهائي' },
  jobDueAtHelp: {
    en: 'By default a day before the scheduled release that holds the statement, if there is one. The translator is reminded before it.',
    fr: 'Par défaut, la veille de la publication groupée prévue qui contient la déclaration, s’il y en a une. Le traducteur reçoit un rappel avant.',
    es: 'Por defecto, el día antes de la publicación conjunta programada que contiene la declaración, si la hay. El traductor recibe un recordatorio antes.',
    ar: 'افتراضيًا قبل يوم من الإصدار المجدول الذي يتضمن البيان، إن وُجد. يصل المترجم تذكير قبله.',
  },
  jobNote: { en: 'Note', fr: 'Note', es: 'Nota', ar: 'ملاحظة' },
  jobStatusHelp: {
    en: 'Follows the translation; you can only cancel the job.',
    fr: 'Suit la traduction ; vous pouvez seulement annuler la demande.',
    es: 'Sigue a la traducción; solo puede cancelar el encargo.',
    ar: 'تتبع الترجمة، ولا يمكنك إلا إلغاء الطلب.',
  },
  jobRequestedBy: { en: 'Asked by', fr: 'Demandée par', es: 'Pedido por', ar: 'طلبه' },
  jobRemindedAt: {
    en: 'Reminded',
    fr: 'Rappel envoyé',
    es: 'Recordatorio enviado',
    ar: 'أُرسل التذكير',
  },
  askForTranslation: {
    en: 'Ask for translation',
    fr: 'Demander une traduction',
    es: 'Pedir una traducción',
    ar: 'طلب ترجمة',
  },
  askNobody: {
    en: 'Anyone (no one in particular)',
    fr: 'N’importe qui (personne en particulier)',
    es: 'Cualquiera (nadie en particular)',
    ar: 'أي شخص (لا أحد بعينه)',
  },
  askDueHelp: {
    en: 'In your time zone',
    fr: 'Dans votre fuseau horaire',
    es: 'En su zona horaria',
    ar: 'بتوقيتك المحلي',
  },
  askReleaseDue: {
    en: 'A day before the release',
    fr: 'La veille de la publication groupée',
    es: 'El día antes de la publicación conjunta',
    ar: 'قبل يوم من الإصدار',
  },
  askSubmit: { en: 'Ask', fr: 'Demander', es: 'Pedir', ar: 'اطلب' },
  jobsInProgress: {
    en: 'Asked for',
    fr: 'Demandée',
    es: 'Pedida',
    ar: 'مطلوبة',
  },
  noDueDate: { en: 'No due date', fr: 'Sans échéance', es: 'Sin fecha límite', ar: 'بلا موعد' },
  overdue: { en: 'Overdue', fr: 'En retard', es: 'Con retraso', ar: 'متأخر' },
  overdueJobs: {
    en: 'Overdue translations',
    fr: 'Traductions en retard',
    es: 'Traducciones con retraso',
    ar: 'ترجمات متأخرة',
  },
  noOverdueJobs: {
    en: 'No translation is overdue.',
    fr: 'Aucune traduction n’est en retard.',
    es: 'Ninguna traducción lleva retraso.',
    ar: 'لا توجد ترجمة متأخرة.',
  },
  late: { en: 'Late by', fr: 'Retard', es: 'Retraso', ar: 'التأخير' },
  unassigned: { en: 'No one yet', fr: 'Personne encore', es: 'Nadie aún', ar: 'لا أحد بعد' },
}

export const jobStatusText: Record<JobStatus, Label> = {
  open: { en: 'Open', fr: 'Ouverte', es: 'Abierto', ar: 'مفتوح' },
  submitted: { en: 'Submitted', fr: 'Soumise', es: 'Enviado', ar: 'مُرسل' },
  done: { en: 'Done', fr: 'Terminée', es: 'Terminado', ar: 'منجز' },
  cancelled: { en: 'Cancelled', fr: 'Annulée', es: 'Cancelado', ar: 'ملغى' },
}

import type { Label } from '../label'

/** The reactions tracker's group in the admin, and the States and organizations it follows. */
export const trackerText = {
  tracker: {
    en: 'Reactions tracker',
    fr: 'Suivi des réactions',
    es: 'Seguimiento de reacciones',
    ar: 'متابعة المواقف',
  },
  state: { en: 'State', fr: 'État', es: 'Estado', ar: 'دولة' },
  states: { en: 'States', fr: 'États', es: 'Estados', ar: 'الدول' },
  name: { en: 'Name', fr: 'Nom', es: 'Nombre', ar: 'الاسم' },
  regionalGroup: {
    en: 'UN regional group',
    fr: 'Groupe régional de l’ONU',
    es: 'Grupo regional de la ONU',
    ar: 'المجموعة الإقليمية في الأمم المتحدة',
  },
  unMembership: {
    en: 'United Nations',
    fr: 'Nations unies',
    es: 'Naciones Unidas',
    ar: 'الأمم المتحدة',
  },
  unMember: { en: 'Member State', fr: 'État membre', es: 'Estado Miembro', ar: 'دولة عضو' },
  unObserver: {
    en: 'Observer State',
    fr: 'État observateur',
    es: 'Estado observador',
    ar: 'دولة مراقبة',
  },
  unNone: { en: 'Not a member', fr: 'Non membre', es: 'No miembro', ar: 'غير عضو' },
  depositDate: {
    en: 'Instrument deposited',
    fr: 'Dépôt de l’instrument',
    es: 'Depósito del instrumento',
    ar: 'إيداع الصك',
  },
  depositDateHelp: {
    en: 'Ratification, accession or succession.',
    fr: 'Ratification, adhésion ou succession.',
    es: 'Ratificación, adhesión o sucesión.',
    ar: 'التصديق أو الانضمام أو الخلافة.',
  },
  entryIntoForce: {
    en: 'Entry into force',
    fr: 'Entrée en vigueur',
    es: 'Entrada en vigor',
    ar: 'بدء النفاذ',
  },
  entryIntoForceHelp: {
    en: 'The State is a party from this day (article 126).',
    fr: 'L’État est partie à compter de ce jour (article 126).',
    es: 'El Estado es parte desde este día (artículo 126).',
    ar: 'تصبح الدولة طرفًا اعتبارًا من هذا اليوم (المادة 126).',
  },
  withdrawalEffective: {
    en: 'Withdrawal effective',
    fr: 'Retrait effectif',
    es: 'Retiro efectivo',
    ar: 'نفاذ الانسحاب',
  },
  withdrawalEffectiveHelp: {
    en: 'The State is no longer a party from this day (article 127).',
    fr: 'L’État n’est plus partie à compter de ce jour (article 127).',
    es: 'El Estado deja de ser parte desde este día (artículo 127).',
    ar: 'لا تعود الدولة طرفًا اعتبارًا من هذا اليوم (المادة 127).',
  },
  stateNote: {
    en: 'Research note',
    fr: 'Note de recherche',
    es: 'Nota de investigación',
    ar: 'ملاحظة بحثية',
  },
  stateNoteHelp: {
    en: 'Where the dates come from and what is uncertain. Editors only.',
    fr: 'D’où viennent les dates et ce qui est incertain. Réservé aux éditeurs.',
    es: 'De dónde vienen las fechas y qué es incierto. Solo para editores.',
    ar: 'مصدر التواريخ وما هو غير مؤكد. للمحررين فقط.',
  },
  organization: { en: 'Organization', fr: 'Organisation', es: 'Organización', ar: 'منظمة' },
  organizations: { en: 'Organizations', fr: 'Organisations', es: 'Organizaciones', ar: 'المنظمات' },
  code: { en: 'Code', fr: 'Code', es: 'Código', ar: 'الرمز' },
  organizationCodeHelp: {
    en: 'Short and stable, used in spreadsheets that are imported: eu, asp-presidency, au …',
    fr: 'Court et stable, utilisé dans les tableurs importés : eu, asp-presidency, au…',
    es: 'Corto y estable, se usa en las hojas de cálculo importadas: eu, asp-presidency, au…',
    ar: 'قصير وثابت، يُستخدم في جداول البيانات المستوردة: eu وasp-presidency وau…',
  },
  website: { en: 'Website', fr: 'Site web', es: 'Sitio web', ar: 'الموقع الإلكتروني' },
} satisfies Record<string, Label>

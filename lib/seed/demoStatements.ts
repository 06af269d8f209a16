import type { Locale } from '@/i18n/locales'
import type { StatementKind } from '@/lib/statementKinds'

import { referenceStatementBody } from './referenceStatementBody'

type Version = { title: string; slug: string; standfirst: string; body: string[] }

export type DemoTopic = { key: string; names: Record<Locale, string> }

export const demoTopics: DemoTopic[] = [
  {
    key: 'independence',
    names: {
      en: 'Independence of the Court',
      fr: 'Indépendance de la Cour',
      es: 'Independencia de la Corte',
      ar: 'استقلال المحكمة',
    },
  },
  {
    key: 'victims',
    names: {
      en: 'Justice for victims',
      fr: 'Justice pour les victimes',
      es: 'Justicia para las víctimas',
      ar: 'العدالة للضحايا',
    },
  },
  {
    key: 'defenders',
    names: {
      en: 'Human rights defenders',
      fr: 'Défenseurs des droits humains',
      es: 'Personas defensoras de derechos humanos',
      ar: 'المدافعون عن حقوق الإنسان',
    },
  },
]

export type DemoStatement = {
  publishedAt: string
  kind: StatementKind
  topics: string[]
  /** English is the source language; other entries are its translations. */
  versions: { en: Version } & Partial<Record<Exclude<Locale, 'en'>, Version>>
}

/**
 * The coalition's statement of 31 May 2024 (Coalition for the International Criminal Court,
 * press statement; French, Spanish and Arabic versions translated for this demo), and two
 * short statements written for the demo and marked as such.
 */
export const demoStatements: DemoStatement[] = [
  {
    publishedAt: '2024-05-31T09:00:00.000Z',
    kind: 'press-release',
    topics: ['independence', 'victims', 'defenders'],
    versions: {
      en: {
        title:
          "In the face of threats, States must defend the independence of the ICC and safeguard victims' access to justice",
        slug: 'in-the-face-of-threats-states-must-defend-the-independence-of-the-icc',
        standfirst:
          "The Coalition for the International Criminal Court (ICC) calls on ICC Member States to show their strong and continued commitment to the Rome Statute system and the ICC's role in the face of threats to the court's independence and global mandate.",
        body: referenceStatementBody.en,
      },
      fr: {
        title:
          "Face aux menaces, les États doivent défendre l'indépendance de la CPI et préserver l'accès des victimes à la justice",
        slug: 'face-aux-menaces-les-etats-doivent-defendre-l-independance-de-la-cpi',
        standfirst:
          "La Coalition pour la Cour pénale internationale (CPI) appelle les États membres de la CPI à affirmer avec force et constance leur attachement au système du Statut de Rome et au rôle de la CPI face aux menaces qui pèsent sur l'indépendance de la Cour et sur son mandat mondial.",
        body: referenceStatementBody.fr,
      },
      es: {
        title:
          'Ante las amenazas, los Estados deben defender la independencia de la CPI y salvaguardar el acceso de las víctimas a la justicia',
        slug: 'ante-las-amenazas-los-estados-deben-defender-la-independencia-de-la-cpi',
        standfirst:
          'La Coalición por la Corte Penal Internacional (CPI) pide a los Estados miembros de la CPI que demuestren un compromiso firme y continuo con el sistema del Estatuto de Roma y con el papel de la CPI frente a las amenazas contra la independencia de la Corte y su mandato mundial.',
        body: referenceStatementBody.es,
      },
      ar: {
        title:
          'في مواجهة التهديدات، على الدول أن تدافع عن استقلال المحكمة الجنائية الدولية وأن تصون حق الضحايا في الوصول إلى العدالة',
        slug: 'في-مواجهة-التهديدات-على-الدول-أن-تدافع-عن-استقلال-المحكمة-الجنائية-الدولية',
        standfirst:
          'يدعو التحالف من أجل المحكمة الجنائية الدولية الدولَ الأعضاء في المحكمة إلى إظهار التزامها القوي والمستمر بمنظومة نظام روما الأساسي وبدور المحكمة، في مواجهة التهديدات التي تطال استقلال المحكمة وولايتها العالمية.',
        body: referenceStatementBody.ar,
      },
    },
  },
  {
    publishedAt: '2024-07-10T09:00:00.000Z',
    kind: 'statement',
    topics: ['defenders'],
    versions: {
      en: {
        title: 'Sample statement: protect the defenders who work with the Court',
        slug: 'sample-protect-the-defenders-who-work-with-the-court',
        standfirst:
          'Demo content. Human rights defenders who cooperate with the Court face reprisals; States Parties should condemn every threat against them.',
        body: [
          'This is sample content written for the demo. It is not a statement of the coalition.',
          'States Parties, the Court and regional organisations should protect the people who document crimes and support victims, and condemn threats against them publicly.',
        ],
      },
      fr: {
        title: 'Déclaration d’exemple : protéger les défenseurs qui coopèrent avec la Cour',
        slug: 'exemple-proteger-les-defenseurs-qui-cooperent-avec-la-cour',
        standfirst:
          'Contenu de démonstration. Les défenseurs des droits humains qui coopèrent avec la Cour subissent des représailles ; les États parties doivent condamner chaque menace proférée contre eux.',
        body: [
          'Ce texte d’exemple a été rédigé pour la démonstration. Il ne s’agit pas d’une déclaration de la coalition.',
          'Les États parties, la Cour et les organisations régionales doivent protéger les personnes qui documentent les crimes et soutiennent les victimes, et condamner publiquement les menaces dont elles font l’objet.',
        ],
      },
    },
  },
  {
    publishedAt: '2024-06-20T09:00:00.000Z',
    kind: 'open-letter',
    topics: ['independence'],
    versions: {
      en: {
        title: 'Sample statement: fund the Court for the long term',
        slug: 'sample-fund-the-court-for-the-long-term',
        standfirst:
          'Demo content. Justice that depends on next year’s budget is not independent: States Parties should give the Court sustainable resources.',
        body: [
          'This is sample content written for the demo. It is not a statement of the coalition.',
          'A court that cannot plan beyond one budget year cannot plan long investigations. Multi-year funding protects the independence the Rome Statute promises.',
        ],
      },
    },
  },
]

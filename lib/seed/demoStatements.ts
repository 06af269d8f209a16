import type { Locale } from '@/i18n/locales'

type Version = { title: string; slug: string; standfirst: string }

export type DemoStatement = {
  publishedAt: string
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
    versions: {
      en: {
        title:
          "In the face of threats, States must defend the independence of the ICC and safeguard victims' access to justice",
        slug: 'in-the-face-of-threats-states-must-defend-the-independence-of-the-icc',
        standfirst:
          "The Coalition for the International Criminal Court (ICC) calls on ICC Member States to show their strong and continued commitment to the Rome Statute system and the ICC's role in the face of threats to the court's independence and global mandate.",
      },
      fr: {
        title:
          "Face aux menaces, les États doivent défendre l'indépendance de la CPI et préserver l'accès des victimes à la justice",
        slug: 'face-aux-menaces-les-etats-doivent-defendre-l-independance-de-la-cpi',
        standfirst:
          "La Coalition pour la Cour pénale internationale (CPI) appelle les États membres de la CPI à affirmer avec force et constance leur attachement au système du Statut de Rome et au rôle de la CPI face aux menaces qui pèsent sur l'indépendance de la Cour et sur son mandat mondial.",
      },
      es: {
        title:
          'Ante las amenazas, los Estados deben defender la independencia de la CPI y salvaguardar el acceso de las víctimas a la justicia',
        slug: 'ante-las-amenazas-los-estados-deben-defender-la-independencia-de-la-cpi',
        standfirst:
          'La Coalición por la Corte Penal Internacional (CPI) pide a los Estados miembros de la CPI que demuestren un compromiso firme y continuo con el sistema del Estatuto de Roma y con el papel de la CPI frente a las amenazas contra la independencia de la Corte y su mandato mundial.',
      },
      ar: {
        title:
          'في مواجهة التهديدات، على الدول أن تدافع عن استقلال المحكمة الجنائية الدولية وأن تصون حق الضحايا في الوصول إلى العدالة',
        slug: 'في-مواجهة-التهديدات-على-الدول-أن-تدافع-عن-استقلال-المحكمة-الجنائية-الدولية',
        standfirst:
          'يدعو التحالف من أجل المحكمة الجنائية الدولية الدولَ الأعضاء في المحكمة إلى إظهار التزامها القوي والمستمر بمنظومة نظام روما الأساسي وبدور المحكمة، في مواجهة التهديدات التي تطال استقلال المحكمة وولايتها العالمية.',
      },
    },
  },
  {
    publishedAt: '2024-07-10T09:00:00.000Z',
    versions: {
      en: {
        title: 'Sample statement: protect the defenders who work with the Court',
        slug: 'sample-protect-the-defenders-who-work-with-the-court',
        standfirst:
          'Demo content. Human rights defenders who cooperate with the Court face reprisals; States Parties should condemn every threat against them.',
      },
      fr: {
        title: 'Déclaration d’exemple : protéger les défenseurs qui coopèrent avec la Cour',
        slug: 'exemple-proteger-les-defenseurs-qui-cooperent-avec-la-cour',
        standfirst:
          'Contenu de démonstration. Les défenseurs des droits humains qui coopèrent avec la Cour subissent des représailles ; les États parties doivent condamner chaque menace proférée contre eux.',
      },
    },
  },
  {
    publishedAt: '2024-06-20T09:00:00.000Z',
    versions: {
      en: {
        title: 'Sample statement: fund the Court for the long term',
        slug: 'sample-fund-the-court-for-the-long-term',
        standfirst:
          'Demo content. Justice that depends on next year’s budget is not independent: States Parties should give the Court sustainable resources.',
      },
    },
  },
]

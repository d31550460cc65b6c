import type { HelpStepId } from './help';
import type { Localized } from './types';

/**
 * The pocket card's words: HELP in four lines, and who each physician line serves, kept short enough
 * for a badge-sized card (85.6 x 54 mm). HELP lines summarize help.ts; audiences come from
 * research/content-facts.md section 5.1 and content-facts-2.md section 6, each with its source.
 */
export const POCKET_CARD_REVIEWED = '2026-11-22';

export const CARD_HELP_LINES: Record<HelpStepId, { title: Localized; line: Localized }> = {
  hello: {
    title: { en: 'Hello', fr: 'Aller vers l’autre' },
    line: {
      en: 'In private, say what you noticed; ask how they really are.',
      fr: 'À l’écart, nommez ce que vous avez remarqué. Demandez-lui comment ça va, pour vrai.',
    },
  },
  empathize: {
    title: { en: 'Empathize', fr: 'Écouter' },
    line: {
      en: 'Listen and be present. Do not fix, judge or minimize.',
      fr: 'Écoutez, soyez là. Sans chercher à régler, à juger ni à minimiser.',
    },
  },
  link: {
    title: { en: 'Link', fr: 'Orienter' },
    line: {
      en: 'Connect them with support. Worried? Ask directly about suicide.',
      fr: 'Dirigez vers de l’aide. Inquiet ou inquiète? Demandez-lui s’il ou elle pense au suicide.',
    },
  },
  plan: {
    title: { en: 'Plan', fr: 'Prévoir' },
    line: {
      en: 'Agree when you will check in again, and do it.',
      fr: 'Entendez-vous sur le moment du prochain suivi, puis faites-le.',
    },
  },
};

/** Who a physician line serves, in a few words (physician-programs.ts ids). */
export const CARD_AUDIENCES: Record<string, { serves: Localized; sourceUrl: string }> = {
  'paro-helpline': {
    serves: {
      en: 'residents, medical students, families',
      fr: 'médecins résidents, étudiants et étudiantes en médecine, familles',
    },
    sourceUrl: 'https://www.welldoccanada.org/resources-in-ontario',
  },
  'oma-php': {
    serves: {
      en: 'physicians, residents, students, families',
      fr: 'médecins, médecins résidents, étudiants, familles',
    },
    sourceUrl: 'https://www.welldoccanada.org/resources-in-ontario',
  },
  'ama-pfsp': {
    serves: {
      en: 'physicians, residents, students, families',
      fr: 'médecins, médecins résidents, étudiants, familles',
    },
    sourceUrl: 'https://www.albertadoctors.org/services/pfsp',
  },
  'bc-php': {
    serves: {
      en: 'physicians, residents, students, retired physicians, families',
      fr: 'médecins, médecins résidents, étudiants, médecins retraités, familles',
    },
    sourceUrl: 'https://www.physicianhealth.com/faq',
  },
  'mspei-php': {
    serves: {
      en: 'physicians, residents, students, partners, children',
      fr: 'médecins, médecins résidents, étudiants, conjoints, enfants',
    },
    sourceUrl: 'https://www.mspei.org/physician-health-and-wellness/',
  },
  'sma-php': {
    serves: {
      en: 'physicians, trainees, families',
      fr: 'médecins, personnes en formation, familles',
    },
    sourceUrl: 'https://www.sma.sk.ca/physician-health-program-2/',
  },
  'cpsm-php': {
    serves: {
      en: 'physicians, residents, medical students',
      fr: 'médecins, médecins résidents, étudiants en médecine',
    },
    sourceUrl: 'https://cpsm.mb.ca/physician-health-program',
  },
  'doctors-ns-psp': {
    serves: { en: 'members and families', fr: 'membres et familles' },
    sourceUrl: 'https://doctorsns.com/benefits/professional-support',
  },
  'physician-support-line': {
    serves: { en: 'US physicians, medical students', fr: 'médecins et étudiants en médecine des É.-U.' },
    sourceUrl: 'https://physiciansupportline.com/faq',
  },
};

/** The card's own headings, in the card's language (which may differ from the browser's). */
export const CARD_LABELS = {
  help: { en: 'HELP: talking with a colleague', fr: 'HELP : parler avec un ou une collègue' },
  danger: { en: 'Someone in danger?', fr: 'Une personne en danger?' },
  callOrText: { en: 'call or text, 24/7', fr: 'appel ou texto, 24 h sur 24, 7 jours sur 7' },
  emergency: { en: 'immediate danger', fr: 'danger immédiat' },
  physicianLines: { en: 'Physician lines', fr: 'Lignes pour médecins' },
  buddy: { en: 'My buddy', fr: 'Mon binôme' },
  notCrisis: {
    en: 'Peer support is not a crisis service.',
    fr: 'Le soutien par les pairs n’est pas un service de crise.',
  },
} satisfies Record<string, Localized>;

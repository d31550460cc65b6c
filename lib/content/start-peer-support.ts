import { guideSources } from './guide-sources';
import type { Localized } from './types';

/**
 * "Start peer support where you work": a guide for a resident or a department lead, and the one-page
 * handout printed from it (research/content-facts-2.md sections 3 and 4; content-facts.md sections
 * 1.4, 4 and 5.3). Worded by this project; every section names its sources.
 */
const REVIEWED = '2026-11-22';

export const PEER_SUPPORT_SOURCES = guideSources([
  'cma-buddy',
  'oma-buddy',
  'uottawa-peer-support',
  'uw-supporter',
  'stanford',
  'cmpa-peer-support',
  'bc-scope',
  'balint',
  'schwartz',
  'cma-wellness-connection',
  'hopkins-roadmap',
  'brigham',
  'shapiro',
  'bc-initiative',
  'mspei',
  'welldoc-expands',
]);

export type PeerSupportSourceId = (typeof PEER_SUPPORT_SOURCES)[number]['id'];

export interface GuideSection {
  id: string;
  title: Localized;
  items: Localized[];
  /** Programs that help, with a link (and a verified number where there is one). */
  helpers?: boolean;
  sources: PeerSupportSourceId[];
}

export const PEER_SUPPORT_SECTIONS: readonly GuideSection[] = [
  {
    id: 'buddy-system',
    title: { en: 'A buddy system for your team', fr: 'Un système de binômes pour votre équipe' },
    items: [
      {
        en: 'Pair up in twos or threes, and make sure everyone on the team has a buddy.',
        fr: 'Formez des binômes ou des trios, et assurez-vous que chaque membre de l’équipe a un binôme.',
      },
      {
        en: 'Each pair chooses how to connect: text, phone, video or in person.',
        fr: 'Chaque binôme choisit comment se joindre : texto, téléphone, vidéo ou en personne.',
      },
      {
        en: 'Set a regular time to check in, and keep to it.',
        fr: 'Fixez un moment régulier pour prendre des nouvelles, et respectez-le.',
      },
      {
        en: 'A quick colour helps: “I’m green, yellow or orange today.”',
        fr: 'Une couleur aide à faire vite : « Aujourd’hui, je suis au vert, au jaune ou à l’orange. »',
      },
      {
        en: 'Listen to understand. Checking on a buddy is also a reminder to check on yourself.',
        fr: 'Écoutez pour comprendre. Prendre des nouvelles de son binôme rappelle aussi de prendre soin de soi.',
      },
    ],
    sources: ['cma-buddy', 'oma-buddy'],
  },
  {
    id: 'is-is-not',
    title: {
      en: 'What peer support is, and is not',
      fr: 'Ce qu’est le soutien par les pairs, et ce qu’il n’est pas',
    },
    items: [
      {
        en: 'It is private and confidential: a safe space to talk about emotions with a colleague who can empathize.',
        fr: 'Il est privé et confidentiel : un espace sûr pour parler de ses émotions avec un ou une collègue qui comprend.',
      },
      {
        en: 'It is not therapy or counselling, not mandatory, not documented, and no replacement for professional help.',
        fr: 'Ce n’est ni une thérapie ni du counseling; ce n’est pas obligatoire, rien n’est consigné, et cela ne remplace pas l’aide professionnelle.',
      },
      {
        en: 'Voluntary: people can say no, or come back later if their needs change.',
        fr: 'C’est volontaire : on peut refuser, ou revenir plus tard si les besoins changent.',
      },
    ],
    sources: ['uottawa-peer-support', 'uw-supporter', 'stanford'],
  },
  {
    id: 'ground-rules',
    title: { en: 'Ground rules', fr: 'Règles de base' },
    items: [
      {
        en: 'Confidential, except when someone’s safety is at risk.',
        fr: 'Confidentiel, sauf si la sécurité d’une personne est menacée.',
      },
      {
        en: 'What is said can be disclosed in legal proceedings (CMPA): write terms of reference and how information is handled.',
        fr: 'Ce qui est dit peut être divulgué dans une procédure judiciaire (ACPM) : rédigez un mandat et des règles sur le traitement de l’information.',
      },
      {
        en: 'Supporters state their limited role at the start, keep no notes, and talk about feelings, not case facts.',
        fr: 'Les pairs aidants précisent leur rôle limité dès le début, ne prennent aucune note et parlent des émotions, pas des faits cliniques.',
      },
      {
        en: 'Suicidal thoughts, substance use and mental illness are beyond peer support: refer to the physician health program or professional care.',
        fr: 'Les idées suicidaires, la consommation de substances et la maladie mentale dépassent le soutien par les pairs. Orientez vers le programme de santé des médecins ou des soins professionnels.',
      },
      {
        en: 'Peer support is not a crisis service. In a crisis: 9-8-8 or 911.',
        fr: 'Le soutien par les pairs n’est pas un service de crise. En situation de crise : 9-8-8 ou 911.',
      },
    ],
    sources: ['stanford', 'uw-supporter', 'cmpa-peer-support', 'bc-scope'],
  },
  {
    id: 'group-formats',
    title: { en: 'Group formats', fr: 'Formules de groupe' },
    items: [
      {
        en: 'Balint groups: physicians meet regularly with a trained facilitator to reflect on encounters that stay with them.',
        fr: 'Groupes Balint : des médecins se réunissent régulièrement avec une personne formée à l’animation pour réfléchir aux rencontres qui les habitent.',
      },
      {
        en: 'Schwartz Rounds: a panel presents a case that raised emotional issues, then staff share their own experience. No clinical problem-solving.',
        fr: 'Schwartz Rounds : un panel présente un cas qui a soulevé des enjeux émotifs, puis le personnel partage son vécu. Aucune résolution de problèmes cliniques.',
      },
      {
        en: 'CMA Wellness Connection: free, facilitated virtual groups for any medical student, resident or physician in Canada.',
        fr: 'CMA Wellness Connection, de l’AMC : groupes virtuels gratuits et animés pour toute personne en études de médecine, en résidence ou médecin au Canada.',
      },
      {
        en: 'Group rules that work: honest talk, everyone keeps the space safe, respect when views differ, start and end on time.',
        fr: 'Des règles de groupe qui fonctionnent : parler franchement, tout le monde protège l’espace, respect des points de vue différents, commencer et finir à l’heure.',
      },
    ],
    sources: ['balint', 'schwartz', 'cma-wellness-connection'],
  },
  {
    id: 'program',
    title: { en: 'Building a program', fr: 'Bâtir un programme' },
    items: [
      {
        en: 'Plan: assess the need, win support, set goals and scope, decide who supports whom and how people are matched.',
        fr: 'Planifier : évaluer le besoin, obtenir des appuis, fixer les objectifs et la portée, décider qui soutient qui et comment former les binômes.',
      },
      {
        en: 'Implement: policies, the leader’s role, recruiting, training and supporting peer supporters.',
        fr: 'Mettre en œuvre : politiques, rôle de la direction, recrutement, formation et soutien des pairs aidants.',
      },
      {
        en: 'Assess, then sustain: training, quality, supporters’ experience, outcomes; then funding, champions and evaluation.',
        fr: 'Évaluer, puis pérenniser : formation, qualité, expérience des pairs aidants, résultats; puis financement, personnes championnes et évaluation.',
      },
      {
        en: 'Models: Brigham’s department-based one-to-one program, copied by more than 25 others; Stanford’s, built from a wellness survey with trained volunteer physicians.',
        fr: 'Modèles : le programme individuel par département du Brigham, repris par plus de 25 autres. Celui de Stanford, bâti à partir d’un sondage sur le mieux-être avec des médecins bénévoles formés.',
      },
      {
        en: 'Support the supporters: Brigham’s meet as a group several times a year; concerns go to the program lead, not to colleagues.',
        fr: 'Soutenez les pairs aidants : au Brigham, ils se réunissent en groupe plusieurs fois par année. Les préoccupations vont à la personne responsable du programme, pas aux collègues.',
      },
    ],
    sources: ['hopkins-roadmap', 'brigham', 'shapiro', 'stanford', 'uw-supporter'],
  },
  {
    id: 'who-helps',
    title: { en: 'Who helps in Canada', fr: 'Qui peut aider au Canada' },
    items: [
      {
        en: 'They help organizations plan, train for or fund peer support.',
        fr: 'Ces organismes aident à planifier le soutien par les pairs, à s’y former ou à le financer.',
      },
    ],
    helpers: true,
    sources: ['uottawa-peer-support', 'bc-initiative', 'mspei', 'welldoc-expands'],
  },
];

export interface PeerSupportHelper {
  id: string;
  name: Localized;
  what: Localized;
  url: string;
  /** A number from research/verified-numbers.md, if one was verified. */
  line?: { display: string; digits: string };
  sourceUrl: string;
  reviewed: string;
}

export const PEER_SUPPORT_HELPERS: readonly PeerSupportHelper[] = [
  {
    id: 'uottawa-fwp',
    name: {
      en: 'Faculty Wellness Program, uOttawa',
      fr: 'Programme de mieux-être à la Faculté, uOttawa',
    },
    what: {
      en: 'Helps programs, divisions and departments plan and implement peer support.',
      fr: 'Aide les programmes, divisions et départements à planifier et à mettre en place le soutien par les pairs.',
    },
    url: 'https://uottawa.ca/faculty-medicine/faculty-affairs/faculty-wellness-program/peer-support-and-services',
    line: { display: '613-562-5211', digits: '6135625211' },
    sourceUrl:
      'https://uottawa.ca/faculty-medicine/faculty-affairs/faculty-wellness-program/peer-support-and-services',
    reviewed: REVIEWED,
  },
  {
    id: 'bc-initiative',
    name: {
      en: 'Provincial Physician Peer Support Initiative (British Columbia)',
      fr: 'Provincial Physician Peer Support Initiative (Colombie-Britannique)',
    },
    what: {
      en: 'Training and start-up funding for physician groups and departments. The 2025 intake was closed.',
      fr: 'Formation et fonds de démarrage pour groupes de médecins et départements. Demandes de 2025 closes.',
    },
    url: 'https://www.physicianhealth.com/peer-support-initiative/',
    sourceUrl: 'https://www.physicianhealth.com/peer-support-initiative/',
    reviewed: REVIEWED,
  },
  {
    id: 'mspei-p2p',
    name: {
      en: 'MSPEI Peer-to-Peer program (Prince Edward Island)',
      fr: 'Programme Peer-to-Peer de la MSPEI (Île-du-Prince-Édouard)',
    },
    what: {
      en: 'A peer program led by a physician, part of the society’s wellness strategy.',
      fr: 'Programme entre pairs mené par un ou une médecin, dans la stratégie de mieux-être de la Société.',
    },
    url: 'https://www.cma.ca/physiciansfirst/MSPEI-story',
    sourceUrl: 'https://www.cma.ca/physiciansfirst/MSPEI-story',
    reviewed: REVIEWED,
  },
  {
    id: 'well-doc',
    name: { en: 'Well Doc (University of Calgary)', fr: 'Well Doc (Université de Calgary)' },
    what: {
      en: 'Helps organizations build wellness programs and policies, now beyond Alberta.',
      fr: 'Aide à bâtir programmes et politiques de mieux-être, désormais hors de l’Alberta aussi.',
    },
    url: 'https://www.welldoccanada.org/support-services',
    sourceUrl: 'https://www.canhealth.com/2024/09/04/well-doc-initiative-expands-beyond-alberta/',
    reviewed: REVIEWED,
  },
];

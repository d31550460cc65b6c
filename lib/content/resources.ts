import { REVIEWED } from './reviewed';
import type { RegionCode } from './regions';
import { PHYSICIAN_PROGRAMS, type PhysicianProgram } from './physician-programs';
import type { ResourceKind } from './resource-kinds';
import type { Localized } from './types';

/** A directory entry: a program or line, where it applies, and what to expect from it. */
export interface Resource extends PhysicianProgram {
  kind: ResourceKind;
  /** "CA" and "US" are national; "CA-ON" and so on are one province. */
  regions: RegionCode[];
  /** Text links, where the source says the line takes texts. */
  textDigits?: string;
  /** What to expect, for peer-support programs (research/content-facts.md, section 4). */
  expect?: Localized[];
  /** A narrower place than the region, e.g. "Ottawa". */
  locality?: Localized;
  /** Shown on Reach beside the peer-support programs (a program that also helps with peer support). */
  onReach?: true;
}

const UOTTAWA_PEER_SUPPORT =
  'https://uottawa.ca/faculty-medicine/faculty-affairs/faculty-wellness-program/peer-support-and-services';
const OTTAWA = { en: 'Ottawa', fr: 'Ottawa' };

/**
 * What uOttawa's peer-support page says peer support is and is not (part 1, section 4), complete.
 * It describes peer support, so it goes on the peer-support programs, not on the Faculty Wellness
 * Program (which does offer counselling).
 */
const PEER_SUPPORT_IS: Localized[] = [
  { en: 'Private and confidential support.', fr: 'Un soutien privé et confidentiel.' },
  {
    en: 'A safe space to talk about emotions with a colleague who can empathize.',
    fr: 'Un espace sûr pour parler de ses émotions avec un ou une collègue capable d’empathie.',
  },
];
const PEER_SUPPORT_IS_NOT: Localized[] = [
  { en: 'Not therapy or counselling.', fr: 'Ce n’est ni une thérapie ni du counseling.' },
  { en: 'Not mandatory.', fr: 'Ce n’est pas obligatoire.' },
  { en: 'Not documented: no records are kept.', fr: 'Rien n’est consigné\u00a0: aucun dossier n’est tenu.' },
  { en: 'Not a replacement for professional help.', fr: 'Ne remplace pas l’aide professionnelle.' },
];
/** The limits every peer support has (part 1, sections 3.3 and 6.2; part 2, section 1.4). */
const PEER_SUPPORT_LIMITS: Localized = {
  en: 'Its limits: safety comes before confidentiality, and the CMPA warns that peer-support conversations can be disclosed in legal proceedings.',
  fr: 'Ses limites\u00a0: la sécurité passe avant la confidentialité. Et selon l’ACPM, ces conversations peuvent être divulguées dans une procédure judiciaire.',
};
const peerSupportExpect = (noFeedback: Localized): Localized[] => [
  ...PEER_SUPPORT_IS,
  noFeedback,
  ...PEER_SUPPORT_IS_NOT,
  PEER_SUPPORT_LIMITS,
];

const UOTTAWA_PGME_WELLBEING =
  'https://uottawa.ca/faculty-medicine/postgraduate-medical-education/well-being-program-physicians-training';
const FWP_LINE = { display: '613-562-5211', digits: '6135625211' };

const OTHER_RESOURCES: Resource[] = [
  {
    id: 'ca-988',
    kind: 'crisis',
    regions: ['CA'],
    name: { en: '9-8-8 Suicide Crisis Helpline', fr: '9-8-8\u00a0: Ligne d’aide en cas de crise de suicide' },
    frNameSource: 'https://quebec.acsm.ca/9-8-8-la-ligne-de-prevention-du-suicide-a-trois-chiffres',
    about: {
      en: 'For anyone thinking about suicide or worried about someone. English or French.',
      fr: 'Pour toute personne qui pense au suicide ou qui s’inquiète pour quelqu’un. En français ou en anglais.',
    },
    is24h: true,
    lines: [
      {
        display: '9-8-8',
        digits: '988',
        note: { en: 'call or text, 24/7', fr: 'appel ou texto, 24 h sur 24, 7 jours sur 7' },
      },
    ],
    textDigits: '988',
    url: 'https://988.ca/about',
    sourceUrl: 'https://cmhasaskatoon.ca/9-8-8/',
    reviewed: REVIEWED,
  },
  {
    id: 'cmpa',
    kind: 'medico-legal',
    regions: ['CA'],
    name: { en: 'CMPA physician advisors', fr: 'Médecins-conseils de l’ACPM' },
    descriptiveName: true,
    about: {
      en: 'Support from physician advisors for stress about medico-legal matters and complaints.',
      fr: 'Soutien de médecins-conseils pour le stress lié aux affaires médico-légales et aux plaintes.',
    },
    // Who it serves (content-facts-3.md, 1).
    audience: { en: 'CMPA members', fr: 'Membres de l’ACPM' },
    hours: { en: 'Mon-Fri, 8:30 am-4:30 pm ET', fr: 'lun.-ven., 8 h 30-16 h 30 (HE)' },
    detailsSourceUrl: 'https://www.cmpa-acpm.ca/en/site-resources/faq/medico-legal-services',
    is24h: false,
    lines: [
      {
        display: '1-800-267-6522',
        digits: '18002676522',
        note: {
          en: 'CMPA members, Mon-Fri, 8:30 am-4:30 pm ET',
          fr: 'membres de l’ACPM, lun.-ven., 8 h 30-16 h 30 (HE)',
        },
      },
    ],
    url: 'https://www.cmpa-acpm.ca/en/about/what-we-do/cmpa-in-focus/supporting-physician-wellness-2020',
    sourceUrl:
      'https://www.cmpa-acpm.ca/en/about/what-we-do/cmpa-in-focus/supporting-physician-wellness-2020',
    reviewed: REVIEWED,
  },
  {
    id: 'cma-wellness-connection',
    kind: 'peer-support',
    regions: ['CA'],
    name: {
      en: 'CMA Wellness Connection',
      fr: 'CMA Wellness Connection (groupes de soutien par les pairs de l’AMC)',
    },
    about: {
      en: 'Free virtual peer-support groups for any medical student, resident or physician in Canada, practising or retired. CMA membership not needed.',
      fr: 'Groupes virtuels gratuits de soutien par les pairs. Ouverts à toute personne au Canada qui étudie en médecine, fait sa résidence, exerce ou a exercé. Adhésion à l’AMC non requise.',
    },
    is24h: false,
    lines: [],
    url: 'https://www.cma.ca/physician-wellness-hub/wellness-connection/frequently-asked-questions-faqs',
    sourceUrl:
      'https://www.cma.ca/physician-wellness-hub/wellness-connection/frequently-asked-questions-faqs',
    reviewed: REVIEWED,
  },
  {
    id: 'cma-support-line',
    kind: 'counselling',
    regions: ['CA-SK', 'CA-ON', 'CA-NS', 'CA-NL', 'CA-YT', 'CA-NU'],
    name: { en: 'CMA Wellness Support Line', fr: 'Ligne SOS bien-être de l’AMC' },
    frNameSource:
      'https://www.newswire.ca/fr/news-releases/l-amc-lance-le-carrefour-du-bien-etre-des-medecins-896604172.html',
    about: {
      en: 'Mental-health support and counselling by phone.',
      fr: 'Soutien en santé mentale et counseling par téléphone.',
    },
    is24h: true,
    // Who and when: the CMA launch notice (content-facts-2.md, 6). No number was verified: link only.
    audience: {
      en: 'Physicians, residents, medical students and their immediate family',
      fr: 'Médecins, médecins résidents, personnes aux études en médecine et leur famille immédiate',
    },
    hours: {
      en: '24/7, in English or French',
      fr: '24 h sur 24, 7 jours sur 7, en français ou en anglais',
    },
    serves: ['physician', 'resident', 'student'],
    detailsSourceUrl: 'https://www.cma.ca/news/covid-19-update-cma-president-dr-sandy-buchman-issue-24',
    lines: [],
    url: 'https://www.cma.ca/supportline/frequently-asked-questions-participating-provinces-territories',
    sourceUrl:
      'https://www.cma.ca/supportline/frequently-asked-questions-participating-provinces-territories',
    reviewed: REVIEWED,
  },
  {
    id: 'bpao',
    kind: 'counselling',
    regions: ['CA-ON'],
    name: { en: 'Black Physicians’ Association of Ontario', fr: 'Black Physicians’ Association of Ontario' },
    about: {
      en: 'Mental health and wellness resources for Black professionals.',
      fr: 'Ressources en santé mentale et en mieux-être pour les professionnelles et professionnels noirs.',
    },
    is24h: false,
    lines: [
      {
        display: '1-888-424-1068',
        digits: '18884241068',
        note: { en: 'wellness resources', fr: 'ressources de mieux-être' },
      },
    ],
    url: 'https://www.welldoccanada.org/resources-in-ontario',
    sourceUrl: 'https://www.welldoccanada.org/resources-in-ontario',
    reviewed: REVIEWED,
  },
  {
    id: 'ottawa-crisis-line',
    kind: 'crisis',
    regions: ['CA-ON'],
    locality: OTTAWA,
    name: {
      en: 'Mental Health Crisis Line (Ottawa area)',
      fr: 'Mental Health Crisis Line (ligne de crise en santé mentale, région d’Ottawa)',
    },
    about: {
      en: 'Crisis line for the Ottawa area, with a toll-free number for Eastern Ontario.',
      fr: 'Ligne de crise pour la région d’Ottawa, avec un numéro sans frais pour l’Est de l’Ontario.',
    },
    is24h: false,
    lines: [
      { display: '613-722-6914', digits: '6137226914', note: { en: 'Ottawa area', fr: 'région d’Ottawa' } },
      { display: '1-866-996-0991', digits: '18669960991', note: { en: 'toll-free', fr: 'sans frais' } },
    ],
    url: 'https://med.uottawa.ca/professional-affairs/faculty-wellness-program',
    sourceUrl: 'https://med.uottawa.ca/professional-affairs/faculty-wellness-program',
    reviewed: REVIEWED,
  },
  {
    id: 'uottawa-resident-peer-support',
    kind: 'peer-support',
    regions: ['CA-ON'],
    locality: OTTAWA,
    name: {
      en: 'Resident Peer Support Program (uOttawa)',
      fr: 'Resident Peer Support Program (soutien par les pairs pour médecins résidents, uOttawa)',
    },
    about: {
      en: 'For residents affected by a difficult event: talk it through with someone who has been there. Supporters do not fix the problem; they share what has helped other clinicians.',
      fr: 'Pour les médecins résidents touchés par un événement difficile\u00a0: en parler avec quelqu’un qui est passé par là. Le rôle des pairs n’est pas de régler le problème, mais de partager ce qui a aidé d’autres collègues.',
    },
    is24h: false,
    lines: [],
    expect: peerSupportExpect({
      en: 'Nothing goes back to your program, division, department or the PGME office.',
      fr: 'Rien n’est transmis à votre programme, à votre division, à votre département ni au bureau des études médicales postdoctorales.',
    }),
    url: UOTTAWA_PEER_SUPPORT,
    sourceUrl: UOTTAWA_PEER_SUPPORT,
    reviewed: REVIEWED,
  },
  {
    id: 'toh-peer-mentoring',
    kind: 'peer-support',
    regions: ['CA-ON'],
    locality: OTTAWA,
    name: {
      en: 'The Ottawa Hospital Peer Mentoring Program',
      fr: 'The Ottawa Hospital Peer Mentoring Program (mentorat par les pairs, L’Hôpital d’Ottawa)',
    },
    about: {
      en: 'For clinicians at The Ottawa Hospital affected by a difficult event: talk it through with a peer.',
      fr: 'Pour le personnel clinique de L’Hôpital d’Ottawa touché par un événement difficile\u00a0: en parler avec un ou une collègue.',
    },
    is24h: false,
    lines: [],
    expect: peerSupportExpect({
      en: 'Nothing goes back to your program, division or department.',
      fr: 'Rien n’est transmis à votre programme, à votre division ni à votre département.',
    }),
    url: UOTTAWA_PEER_SUPPORT,
    sourceUrl: UOTTAWA_PEER_SUPPORT,
    reviewed: REVIEWED,
  },
  {
    id: 'uottawa-faculty-wellness',
    kind: 'counselling',
    regions: ['CA-ON'],
    locality: OTTAWA,
    name: {
      en: 'Faculty Wellness Program (uOttawa)',
      fr: 'Programme de mieux-être à la Faculté (uOttawa)',
    },
    // uOttawa's own French name, never « du corps professoral »: it serves learners too (content-facts-3.md, 5).
    frNameSource: 'content-facts-3.md, section 5: uOttawa’s French pages',
    about: {
      en: 'uOttawa Faculty of Medicine. Offers counselling, connects people with further resources, and helps programs, divisions and departments plan and implement peer support.',
      fr: 'Faculté de médecine de l’Université d’Ottawa. Offre du counseling et oriente vers d’autres ressources. Aide aussi les programmes, divisions et départements à mettre en place du soutien par les pairs.',
    },
    is24h: false,
    lines: [{ ...FWP_LINE, note: { en: 'program line', fr: 'ligne du programme' } }],
    // Counselling and help planning peer support, one click from Reach in Ottawa (issue 18).
    onReach: true,
    url: UOTTAWA_PEER_SUPPORT,
    sourceUrl: UOTTAWA_PEER_SUPPORT,
    reviewed: REVIEWED,
  },
  {
    id: 'uottawa-pgme-wellbeing',
    kind: 'physician-health',
    regions: ['CA-ON'],
    locality: OTTAWA,
    name: {
      en: 'Well-being Program for Physicians-in-Training (uOttawa)',
      fr: 'Programme de promotion de la santé et du bien-être pour les médecins en formation (uOttawa)',
    },
    frNameSource:
      'https://uottawa.ca/faculte-medecine/etudes-medicales-postdoctorales/programme-promotion-sante-bien-etre-medecins-formation',
    about: {
      en: 'For uOttawa residents: confidential and non-judgemental, kept at arm’s length from the postgraduate Vice-Dean’s office.',
      fr: 'Pour les médecins résidents de l’Université d’Ottawa\u00a0: confidentiel et sans jugement, indépendant du bureau du vice-décanat aux études médicales postdoctorales.',
    },
    is24h: false,
    lines: [
      {
        ...FWP_LINE,
        note: {
          en: 'Faculty Wellness Program director',
          fr: 'direction du Programme de mieux-être à la Faculté',
        },
      },
    ],
    url: UOTTAWA_PGME_WELLBEING,
    sourceUrl: UOTTAWA_PGME_WELLBEING,
    reviewed: REVIEWED,
  },
  {
    id: 'impact-bc',
    kind: 'peer-support',
    regions: ['CA-BC'],
    name: {
      en: 'IMPACT rural peer support',
      fr: 'IMPACT rural peer support (soutien par les pairs en milieu rural)',
    },
    about: {
      en: 'Peer support for rural BC clinicians after a difficult incident. Leave a confidential voicemail; a peer calls back within 72 hours.',
      fr: 'Soutien par les pairs pour le personnel clinique en milieu rural en C.-B., après un incident difficile. Laissez un message vocal confidentiel; un ou une collègue du programme vous rappelle dans les 72 h.',
    },
    is24h: false,
    lines: [
      { display: '1-236-361-9090', digits: '12363619090', note: { en: 'voicemail', fr: 'boîte vocale' } },
    ],
    url: 'https://www.physicianhealth.com/local-peer-support-programs/',
    sourceUrl: 'https://www.physicianhealth.com/local-peer-support-programs/',
    reviewed: REVIEWED,
  },
  {
    // The only line found for the Northwest Territories (content-facts-3.md, 3): for anyone there.
    id: 'nwt-help-line',
    kind: 'crisis',
    regions: ['CA-NT'],
    name: { en: 'NWT Help Line', fr: 'NWT Help Line (ligne d’aide des T.N.-O.)' },
    about: {
      en: 'Free, confidential and anonymous support.',
      fr: 'Soutien gratuit, confidentiel et anonyme.',
    },
    is24h: true,
    audience: {
      en: 'Anyone in the Northwest Territories',
      fr: 'Toute personne aux Territoires du Nord-Ouest',
    },
    hours: { en: '24/7', fr: '24 h sur 24, 7 jours sur 7' },
    serves: ['physician', 'resident', 'student'],
    lines: [
      {
        display: '1-800-661-0844',
        digits: '18006610844',
        note: { en: '24/7, free', fr: '24 h sur 24, 7 jours sur 7, gratuit' },
      },
    ],
    url: 'https://www.gov.nt.ca/en/newsroom/getreal-about-how-you-feel-mental-health-week',
    sourceUrl: 'https://www.gov.nt.ca/en/newsroom/getreal-about-how-you-feel-mental-health-week',
    reviewed: REVIEWED,
  },
  {
    id: 'us-988',
    kind: 'crisis',
    regions: ['US'],
    name: { en: '988 Suicide & Crisis Lifeline', fr: '988 Suicide & Crisis Lifeline' },
    about: {
      en: 'Free and confidential. Spanish is also offered; veterans press 1.',
      fr: 'Gratuit et confidentiel. Service offert aussi en espagnol; les vétérans et vétéranes appuient sur 1.',
    },
    is24h: true,
    lines: [
      {
        display: '988',
        digits: '988',
        note: { en: 'call or text, 24/7', fr: 'appel ou texto, 24 h sur 24, 7 jours sur 7' },
      },
    ],
    textDigits: '988',
    url: 'https://familyandcaregivertoolkit.org/988-crisis-lifeline',
    sourceUrl: 'https://familyandcaregivertoolkit.org/988-crisis-lifeline',
    reviewed: REVIEWED,
  },
  {
    id: 'ncphp',
    kind: 'physician-health',
    regions: ['US'],
    locality: { en: 'North Carolina', fr: 'Caroline du Nord' },
    name: { en: 'North Carolina Physicians Health Program', fr: 'North Carolina Physicians Health Program' },
    about: {
      en: 'An example of a state physician health program.',
      fr: 'Un exemple de programme de santé des médecins d’un État.',
    },
    is24h: false,
    lines: [
      {
        display: '919-870-4480',
        digits: '9198704480',
        note: {
          en: 'after hours, on-call clinical staff answer',
          fr: 'en dehors des heures de bureau, le personnel clinique de garde répond',
        },
      },
    ],
    url: 'https://ncmedboard.org/resources-information/professional-resources/publications/forum-newsletter/article/help-is-just-a-phone-call-away',
    sourceUrl:
      'https://ncmedboard.org/resources-information/professional-resources/publications/forum-newsletter/article/help-is-just-a-phone-call-away',
    reviewed: REVIEWED,
  },
];

/** The whole directory: the physician programs by region, plus the lines and programs above. */
export const RESOURCES: readonly Resource[] = [
  ...OTHER_RESOURCES,
  ...Object.entries(PHYSICIAN_PROGRAMS).flatMap(([place, programs]) =>
    (programs ?? []).map((program): Resource => ({
      ...program,
      kind: program.kind ?? 'physician-health',
      regions: [place === 'US' ? 'US' : (`CA-${place}` as RegionCode)],
    })),
  ),
];

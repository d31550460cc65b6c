import type { ClinicianRole } from './clinician-roles';
import { REVIEWED } from './reviewed';
import type { Province } from './regions';
import type { ResourceKind } from './resource-kinds';
import type { DialNumber, Lang, Localized } from './types';

export interface ProgramLine extends Omit<DialNumber, 'sourceUrl' | 'reviewed'> {
  /** Who answers or when, e.g. "24/7" or "Mon-Fri 8:45-5:00 ET". */
  note: Localized;
}

/** A physician health or support program, with where each fact came from and when it was reviewed. */
export interface PhysicianProgram {
  id: string;
  /** For the Resources filter; physician health programs unless said otherwise. */
  kind?: ResourceKind;
  /**
   * In French, a program keeps its English name whole and adds a French gloss in parentheses,
   * "Physician Health Program of BC (programme de santé des médecins de la C.-B.)", unless the
   * program has an official French name: then frNameSource says where that name is stated.
   * A name that describes rather than names (descriptiveName) is simply translated.
   */
  name: Localized;
  frNameSource?: string;
  descriptiveName?: true;
  about: Localized;
  /** Answered around the clock. */
  is24h: boolean;
  /** Who it serves, as its sources say (research/content-facts-2.md, section 6). */
  audience?: Localized;
  /** When it answers, or that the hours are not known. */
  hours?: Localized;
  /** The roles it serves, to put the user's own lines first. */
  serves?: readonly ClinicianRole[];
  /** Where the audience and hours were stated, when that is another page than sourceUrl. */
  detailsSourceUrl?: string;
  lines: ProgramLine[];
  /** The program's page: shown instead of a number where no number was verified. */
  url: string;
  sourceUrl: string;
  reviewed: string;
  /**
   * What its own sources say it helps with, for search only (never shown): "burnout" finds it. See
   * KIND_SEARCH_WORDS for why such words are not given to a whole kind.
   */
  searchWords?: Record<Lang, readonly string[]>;
}

/** A physician line as the urgent area shows it: always with who it serves and when it answers. */
export type PhysicianLine = PhysicianProgram &
  Required<Pick<PhysicianProgram, 'audience' | 'hours' | 'serves'>>;

const H24 = { en: '24/7', fr: '24 h sur 24, 7 jours sur 7' };
const ALL_ROLES: readonly ClinicianRole[] = ['physician', 'resident', 'student'];
export const HOURS_NOT_KNOWN: Localized = {
  en: 'hours not known, see the website',
  fr: 'horaire inconnu, voir le site Web',
};

/**
 * Physician health programs by province (research/content-facts.md, section 5.1), and for the US
 * (section 5.2). Numbers only from research/verified-numbers.md; programs without a verified number
 * link to their page. Provinces and territories with no program in the research are left out.
 */
export const PHYSICIAN_PROGRAMS: Partial<Record<Province | 'US', PhysicianLine[]>> = {
  ON: [
    {
      id: 'paro-helpline',
      kind: 'crisis',
      name: { en: 'PARO Distress Helpline', fr: 'PARO Distress Helpline (ligne d’aide en cas de détresse)' },
      about: {
        en: 'Confidential, anonymous help, answered by Distress Centres volunteers.',
        fr: 'Aide confidentielle et anonyme; des bénévoles de Distress Centres répondent aux appels.',
      },
      is24h: true,
      audience: {
        en: 'Residents, medical students and their families',
        fr: 'Médecins résidents, personnes aux études en médecine et leur famille',
      },
      hours: H24,
      serves: ['resident', 'student'],
      lines: [{ display: '1-866-HELP-DOC', digits: '18664357362', note: H24 }],
      url: 'https://www.welldoccanada.org/resources-in-ontario',
      sourceUrl: 'https://www.welldoccanada.org/resources-in-ontario',
      reviewed: REVIEWED,
    },
    {
      id: 'oma-php',
      name: {
        en: 'OMA Physician Health Program',
        fr: 'OMA Physician Health Program (programme de santé des médecins de l’OMA)',
      },
      about: {
        en: 'Confidential support and referral.',
        fr: 'Soutien et orientation confidentiels.',
      },
      is24h: false,
      audience: {
        en: 'Physicians, residents, medical students and families; also anyone worried about a colleague',
        fr: 'Médecins, médecins résidents, personnes aux études en médecine et familles; aussi toute personne inquiète pour un ou une collègue',
      },
      // Its own page: the clinical team answers "during OMA business hours" (content-facts-3.md, 1).
      hours: { en: 'OMA business hours', fr: 'heures de bureau de l’OMA' },
      detailsSourceUrl: 'https://php.oma.org/who-we-serve/residents',
      // research/content-facts.md, section 5: "substance use, mental health, stress/burnout and more".
      searchWords: {
        en: ['burnout', 'stress', 'substance use', 'addiction', 'mental health'],
        fr: ['épuisement', 'stress', 'consommation de substances', 'dépendance', 'santé mentale'],
      },
      serves: ALL_ROLES,
      lines: [
        {
          display: '1-800-851-6606',
          digits: '18008516606',
          note: { en: 'business hours', fr: 'heures de bureau' },
        },
      ],
      url: 'https://php.oma.org/about-php/mission-objectives/',
      sourceUrl: 'https://www.welldoccanada.org/resources-in-ontario',
      reviewed: REVIEWED,
    },
  ],
  AB: [
    {
      id: 'ama-pfsp',
      name: {
        en: 'AMA Physician and Family Support Program',
        fr: 'AMA Physician and Family Support Program (programme de soutien aux médecins et à leur famille)',
      },
      about: {
        en: 'Confidential help: an outside service answers, then an on-call assessment physician calls you back.',
        fr: 'Aide confidentielle\u00a0: un service externe répond, puis un médecin évaluateur de garde vous rappelle.',
      },
      is24h: true,
      audience: {
        en: 'Physicians, residents, medical students and immediate family',
        fr: 'Médecins, médecins résidents, personnes aux études en médecine et famille immédiate',
      },
      hours: H24,
      serves: ALL_ROLES,
      lines: [{ display: '1-877-SOS-4MDS', digits: '18777674637', note: H24 }],
      url: 'https://www.albertadoctors.org/services/pfsp',
      sourceUrl: 'https://www.albertadoctors.org/services/pfsp',
      reviewed: REVIEWED,
    },
  ],
  BC: [
    {
      id: 'bc-php',
      name: {
        en: 'Physician Health Program of BC',
        fr: 'Physician Health Program of BC (programme de santé des médecins de la C.-B.)',
      },
      about: {
        en: 'Confidential help, counselling, referrals and peer support. Anonymous calls accepted.',
        fr: 'Aide, counseling, orientation et soutien par les pairs, en toute confidentialité. Appels anonymes acceptés.',
      },
      is24h: true,
      audience: {
        en: 'Physicians, residents, students, retired physicians and families',
        fr: 'Médecins, médecins résidents, personnes aux études, médecins à la retraite et familles',
      },
      hours: H24,
      serves: ALL_ROLES,
      lines: [
        {
          display: '1-800-663-6729',
          digits: '18006636729',
          note: {
            en: '24/7, a clinical counsellor answers',
            fr: '24 h sur 24, 7 jours sur 7, un conseiller ou une conseillère clinique répond',
          },
        },
        { display: '604-398-4300', digits: '6043984300', note: { en: 'office', fr: 'bureau' } },
      ],
      url: 'https://www.physicianhealth.com/faq',
      sourceUrl: 'https://www.physicianhealth.com/faq',
      reviewed: REVIEWED,
    },
  ],
  SK: [
    {
      id: 'sma-php',
      name: {
        en: 'SMA Physician Health Program',
        fr: 'SMA Physician Health Program (programme de santé des médecins de la Saskatchewan)',
      },
      about: {
        en: 'Strictly confidential referral, counselling and coaching, independent of the College and the health authority.',
        fr: 'Orientation, counseling et accompagnement strictement confidentiels, indépendants du Collège et de la régie de la santé.',
      },
      is24h: false,
      audience: {
        en: 'Physicians, colleagues in training and families',
        fr: 'Médecins, collègues en formation et familles',
      },
      hours: { en: 'business hours', fr: 'heures de bureau' },
      // "Colleagues in training" (content-facts-2.md, 6): residents and medical students alike.
      serves: ALL_ROLES,
      detailsSourceUrl:
        'https://www.sma.sk.ca/news/319/cma-launches-wellness-support-line-to-help-physicians-and-medical-learners.html',
      lines: [
        {
          display: '1-800-667-3781',
          digits: '18006673781',
          note: { en: 'toll-free within Saskatchewan', fr: 'sans frais en Saskatchewan' },
        },
        { display: '306-657-4571', digits: '3066574571', note: { en: 'director', fr: 'direction' } },
      ],
      url: 'https://www.sma.sk.ca/physician-health-program-2/',
      sourceUrl: 'https://www.sma.sk.ca/physician-health-program-2/',
      reviewed: REVIEWED,
    },
  ],
  MB: [
    {
      id: 'cpsm-php',
      // Run by the regulator; its page lists this phone among the ways to self-report (content-facts-3.md, 2).
      name: {
        en: 'CPSM Physician Health Program',
        fr: 'CPSM Physician Health Program (programme de santé des médecins du Collège)',
      },
      about: {
        en: 'Run by the College (CPSM), the regulator. Calling it is one way to self-report a health concern to the College. It says it is non-punitive. An older page said the program itself cannot suspend a certificate of practice.',
        fr: 'Géré par le Collège (CPSM), l’organisme de réglementation. L’appeler est une façon de déclarer soi-même un problème de santé au Collège. Il se dit non punitif. Une ancienne page disait que le programme lui-même ne peut pas suspendre un certificat d’exercice.',
      },
      is24h: false,
      audience: {
        en: 'Physicians, residents, medical students, physician assistants and clinical assistants',
        fr: 'Médecins, médecins résidents, personnes aux études en médecine, adjoints et adjointes au médecin, et assistants et assistantes cliniques',
      },
      hours: HOURS_NOT_KNOWN,
      serves: ALL_ROLES,
      lines: [
        {
          display: '204-560-4205',
          digits: '2045604205',
          note: { en: 'self-report to the College', fr: 'déclaration au Collège' },
        },
      ],
      url: 'https://cpsm.mb.ca/physician-health-program',
      sourceUrl: 'https://cpsm.mb.ca/physician-health-program',
      reviewed: REVIEWED,
    },
    {
      // The association's support (content-facts-3.md, 2). Its 24/7 number is not verified: link only.
      id: 'doctors-manitoba-pfsp',
      name: {
        en: 'Doctors Manitoba Physician & Family Support Program',
        fr: 'Doctors Manitoba Physician & Family Support Program (programme de soutien aux médecins et à leur famille)',
      },
      about: {
        en: 'From Doctors Manitoba, the physicians’ association, not the College. Also peer support and counselling by self-referral (Physicians at Risk).',
        fr: 'Offert par Doctors Manitoba, l’association des médecins, et non par le Collège. Aussi du soutien par les pairs et du counseling sur demande (Physicians at Risk).',
      },
      is24h: false,
      audience: { en: 'Doctors Manitoba members', fr: 'Membres de Doctors Manitoba' },
      hours: HOURS_NOT_KNOWN,
      serves: ['physician'],
      detailsSourceUrl:
        'https://doctorsmanitoba.ca/benefits-insurance/insurance/insurance-options-for-physicians/wellness-programs',
      lines: [],
      url: 'https://doctorsmanitoba.ca/benefits-insurance/insurance/insurance-options-for-physicians/wellness-programs',
      sourceUrl:
        'https://doctorsmanitoba.ca/benefits-insurance/insurance/insurance-options-for-physicians/wellness-programs',
      reviewed: REVIEWED,
    },
  ],
  NS: [
    {
      id: 'doctors-ns-psp',
      name: {
        en: 'Doctors Nova Scotia Professional Support Program',
        fr: 'Doctors Nova Scotia Professional Support Program (programme de soutien professionnel)',
      },
      about: {
        en: 'Confidential peer support.',
        fr: 'Soutien confidentiel par les pairs.',
      },
      is24h: true,
      audience: {
        en: 'Doctors Nova Scotia members and families',
        fr: 'Membres de Doctors Nova Scotia et leur famille',
      },
      hours: {
        en: '24/7 through the CMA Wellness Support Line on the same number',
        fr: '24 h sur 24, 7 jours sur 7, par la ligne SOS bien-être de l’AMC au même numéro',
      },
      serves: ['physician'],
      lines: [
        { display: '1-855-275-8215', digits: '18552758215', note: H24 },
        { display: '902-468-8215', digits: '9024688215', note: { en: 'local', fr: 'local' } },
      ],
      url: 'https://doctorsns.com/benefits/professional-support',
      sourceUrl: 'https://doctorsns.com/benefits/professional-support',
      reviewed: REVIEWED,
    },
  ],
  PE: [
    {
      // PEI's program is delivered by the Doctors of BC PHP, on BC's 24-hour line (content-facts-2.md, 6).
      id: 'mspei-php',
      name: {
        en: 'MSPEI Physician Health Program',
        fr: 'MSPEI Physician Health Program (programme de santé des médecins de l’Î.-P.-É.)',
      },
      about: {
        en: 'Confidential help at no cost, delivered by the Doctors of BC Physician Health Program. Concern for a colleague is a reason to call.',
        fr: 'Aide confidentielle et gratuite, offerte par le Physician Health Program of BC de Doctors of BC. L’inquiétude pour un ou une collègue est une raison d’appeler.',
      },
      is24h: true,
      audience: {
        en: 'MSPEI members, PEI physicians, resident doctors, medical students, partners and dependent children',
        fr: 'Membres de la MSPEI, médecins de l’Î.-P.-É., médecins résidents, personnes aux études en médecine, conjoints, conjointes et enfants à charge',
      },
      hours: { en: '24 hours a day', fr: '24 h sur 24' },
      serves: ALL_ROLES,
      lines: [
        {
          display: '1-800-663-6729',
          digits: '18006636729',
          note: { en: '24 hours, through Doctors of BC', fr: '24 h sur 24, par Doctors of BC' },
        },
      ],
      url: 'https://www.mspei.org/physician-health-and-wellness/',
      sourceUrl: 'https://www.mspei.org/physician-health-and-wellness/',
      reviewed: REVIEWED,
    },
  ],
  QC: [
    {
      id: 'pamq',
      name: {
        en: 'Programme d’aide aux médecins du Québec (PAMQ)',
        fr: 'Programme d’aide aux médecins du Québec (PAMQ)',
      },
      frNameSource: 'https://pamq.org/qui-sommes-nous',
      about: {
        en: 'Confidential peer help. PAMQ is independent of the Collège des médecins.',
        fr: 'Aide confidentielle par les pairs. Le PAMQ est indépendant du Collège des médecins.',
      },
      is24h: false,
      audience: {
        en: 'All physicians, residents and medical students in Quebec, and anyone worried about one',
        fr: 'L’ensemble des médecins, médecins résidents et personnes aux études en médecine du Québec, et toute personne inquiète pour l’un ou l’une d’entre eux',
      },
      hours: {
        en: 'business hours; after hours, leave a message and a physician advisor calls back within 24 hours',
        fr: 'heures de bureau; en dehors de ces heures, laissez un message et un médecin-conseil rappelle dans les 24 h',
      },
      serves: ALL_ROLES,
      detailsSourceUrl: 'https://www.pamq.org/en/faq/',
      lines: [],
      url: 'https://www.pamq.org/en/faq/',
      sourceUrl: 'https://pamq.org/qui-sommes-nous',
      reviewed: REVIEWED,
    },
  ],
  NB: [
    {
      id: 'nbms-counselling',
      name: {
        en: 'New Brunswick Medical Society counselling program',
        fr: 'Programme de counseling de la Société médicale du Nouveau-Brunswick',
      },
      descriptiveName: true,
      about: {
        en: 'Counselling described as unlimited (Tailored Counselling Program).',
        fr: 'Counseling présenté comme illimité (Tailored Counselling Program).',
      },
      is24h: false,
      audience: {
        en: 'Members, residents and students; spouses and children at no cost',
        fr: 'Membres, médecins résidents et personnes aux études; conjoints, conjointes et enfants sans frais',
      },
      hours: HOURS_NOT_KNOWN,
      serves: ALL_ROLES,
      detailsSourceUrl: 'https://www.nbms.nb.ca/the-learner/',
      lines: [],
      url: 'https://www.cma.ca/physiciansfirst/new-brunswick-medical-society',
      sourceUrl: 'https://www.cma.ca/physiciansfirst/new-brunswick-medical-society',
      reviewed: REVIEWED,
    },
  ],
  NL: [
    {
      id: 'nlma-wellness',
      name: { en: 'NLMA physician wellness', fr: 'Mieux-être des médecins de la NLMA' },
      descriptiveName: true,
      about: {
        en: 'Physician wellness programs of the Newfoundland and Labrador Medical Association.',
        fr: 'Programmes de mieux-être des médecins de l’Association médicale de Terre-Neuve-et-Labrador.',
      },
      is24h: false,
      audience: {
        en: 'Physicians, residents and medical students; family, colleagues and leaders can refer someone',
        fr: 'Médecins, médecins résidents et personnes aux études en médecine; la famille, les collègues et les gestionnaires peuvent orienter une personne',
      },
      hours: HOURS_NOT_KNOWN,
      serves: ALL_ROLES,
      detailsSourceUrl: 'https://nlma.nl.ca/physician-wellness/nlma-physician-care-network',
      lines: [],
      url: 'https://nlma.nl.ca/physician-wellness/',
      sourceUrl: 'https://nlma.nl.ca/physician-wellness/',
      reviewed: REVIEWED,
    },
  ],
  US: [
    {
      id: 'physician-support-line',
      kind: 'peer-support',
      name: { en: 'Physician Support Line', fr: 'Physician Support Line' },
      about: {
        en: 'Free, confidential peer support from volunteer psychiatrists. No appointment needed.',
        fr: 'Soutien par les pairs, gratuit et confidentiel, offert par des psychiatres bénévoles. Sans rendez-vous.',
      },
      is24h: false,
      audience: {
        en: 'US physicians and medical students',
        fr: 'Médecins et personnes aux études en médecine des États-Unis',
      },
      hours: { en: '8 am-1 am ET, 7 days', fr: '8 h-1 h (HE), 7 jours sur 7' },
      serves: ALL_ROLES,
      lines: [
        {
          display: '1-888-409-0141',
          digits: '18884090141',
          note: { en: '8 am-1 am ET, 7 days', fr: '8 h-1 h (HE), 7 jours sur 7' },
        },
      ],
      url: 'https://physiciansupportline.com/faq',
      sourceUrl: 'https://physiciansupportline.com/faq',
      reviewed: REVIEWED,
    },
    {
      id: 'state-php',
      name: { en: 'State physician health programs', fr: 'Programmes de santé des médecins des États' },
      descriptiveName: true,
      about: {
        en: 'Confidential programs; the Federation of State Physician Health Programs lists its member programs by state.',
        fr: 'Programmes confidentiels; la Federation of State Physician Health Programs répertorie ses programmes membres par État.',
      },
      is24h: false,
      audience: {
        en: 'Physicians and trainees, in most states',
        fr: 'Médecins et médecins en formation, dans la plupart des États',
      },
      hours: HOURS_NOT_KNOWN,
      serves: ALL_ROLES,
      lines: [],
      url: 'https://fsphp.org/state-member-programs',
      sourceUrl: 'https://www.fsphp.org/faqs',
      reviewed: REVIEWED,
    },
  ],
};

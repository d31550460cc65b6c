import type { RunBy } from './run-by';
import { fact, notStated, type Fact, type SourcedFact } from './sourced-facts';

/**
 * "Before you call" (issue 22): who runs each program, what it says about confidentiality and its
 * limits, whether it keeps records, and whether it tells the regulator. Facts only from
 * research/content-facts-4-licensing.md (R4 below) and content-facts.md / content-facts-3.md; where
 * the research found nothing, the field says so. Keyed by the ids in physician-programs.ts and
 * resources.ts.
 */

export { RUN_BY, type RunBy } from './run-by';

export interface RunByFact extends SourcedFact {
  who: RunBy;
}

export interface ProgramTerms {
  runBy: RunByFact | Fact;
  confidentiality: Fact;
  limits: Fact;
  records: Fact;
  tellsRegulator: Fact;
  /** Anything else a caller should know first (a general caution, the regulator's own program). */
  notes?: readonly SourcedFact[];
}

export const isRunByFact = (f: Fact): f is RunByFact => 'who' in f;

const R4 = 'content-facts-4-licensing.md';
const R1 = 'content-facts.md';
const R3 = 'content-facts-3.md';
/** Not in the research folder: found with the reference search, read on the date below (issue 22's gaps). */
const SEARCHED = 'searched 2026-12-04:';

const runBy = (who: RunBy, ...args: Parameters<typeof fact>): RunByFact => ({ ...fact(...args), who });

/** The research looked at the program's pages and found nothing on this. */
const none = (where: string) => notStated(`${R4} ${where}`);

// Peer-support talk is not privileged by default: a caution every peer-support card carries.
const CMPA_PEER_SUPPORT = fact(
  {
    en: 'The CMPA warns that what you say in peer support could later be disclosed in legal proceedings.',
    fr: 'L’ACPM prévient que ce qui se dit en soutien par les pairs peut être divulgué plus tard en justice.',
  },
  'https://www.cmpa-acpm.ca/en/advice-publications/browse-articles/2025/reduce-the-risks-of-peer-support-for-physicians-protect-confidentiality-of-information',
  ['later disclosed during legal proceedings'],
  `${R4} §0 CMPA on peer support`,
);

const UOTTAWA_PEER =
  'https://uottawa.ca/faculty-medicine/faculty-affairs/faculty-wellness-program/peer-support-and-services';
const UOTTAWA_PEER_TERMS = {
  confidentiality: fact(
    {
      en: 'Completely confidential. Nothing goes back to your program, division or department.',
      fr: 'Entièrement confidentiel. Rien n’est transmis à votre programme, à votre division ni à votre département.',
    },
    UOTTAWA_PEER,
    ['Completely confidential; no feedback to the program, division, department or PGME office.'],
    `${R4} §1 Ontario, university peer support`,
    ['confidential'],
  ),
  limits: none('§1 Ontario, university peer support'),
  records: fact(
    { en: 'Keeps no records of the conversation.', fr: 'Ne garde aucun dossier de la conversation.' },
    UOTTAWA_PEER,
    ['There are no records kept from the conversation.'],
    `${R4} §1 Ontario, university peer support`,
    ['noRecords'],
  ),
  tellsRegulator: none('§1 Ontario, university peer support ("None described")'),
  notes: [CMPA_PEER_SUPPORT],
} as const;

const CMA_SUPPORT_LINE_NOT_FOUND = none('§4 CMA Wellness Support Line');

export const BEFORE_YOU_CALL: Readonly<Record<string, ProgramTerms>> = {
  // Ontario
  'oma-php': {
    runBy: runBy(
      'association',
      {
        en: 'The Ontario Medical Association (OMA) runs it. Regulators sit on its advisory panel.',
        fr: 'L’OMA, l’association des médecins de l’Ontario, le gère. Des organismes de réglementation siègent à son comité consultatif.',
      },
      'https://php.oma.org/about-php/mission-objectives/',
      ['Ontario Medical Association; governed by the OMA Board. An advisory panel includes regulators.'],
      `${R4} §1 Ontario, OMA PHP`,
    ),
    confidentiality: fact(
      {
        en: 'Confidential, under a written policy and Ontario’s health privacy law. You can stay anonymous for many services.',
        fr: 'Confidentiel, selon une politique écrite et la loi ontarienne sur les renseignements de santé. Vous pouvez rester anonyme pour bien des services.',
      },
      'https://php.oma.org/what-we-do/privacy/',
      [
        "Confidential service under written policy and Ontario's health-privacy law (PHIPA). You can stay anonymous and still get many services",
      ],
      `${R4} §1 Ontario, OMA PHP`,
      ['confidential', 'anonymous'],
    ),
    limits: fact(
      {
        en: 'Your name is needed for a formal referral, a letter confirming contact, or a direct intervention.',
        fr: 'Votre nom est requis pour une orientation officielle, une lettre confirmant le contact ou une intervention directe.',
      },
      'https://php.oma.org/what-we-do/privacy/',
      ['your name is needed for a formal referral, a letter confirming contact, or direct intervention'],
      `${R4} §1 Ontario, OMA PHP`,
    ),
    records: fact(
      {
        en: 'Keeps records. It opens a record for every caller, anonymous callers too, and keeps it at least 15 years.',
        fr: 'Garde des dossiers. Il ouvre un dossier pour chaque personne qui appelle, même anonyme, et le garde au moins 15\u00a0ans.',
      },
      'https://php.oma.org/what-we-do/privacy/',
      [
        'A record is created for every caller (anonymous callers under an anonymous label) and kept at least 15 years.',
      ],
      `${R4} §1 Ontario, OMA PHP; §5`,
      ['anonymous'],
    ),
    tellsRegulator: fact(
      {
        en: 'We could not see its policy on telling the College without your consent. It also assesses physicians when a workplace or regulator is concerned.',
        fr: 'Nous n’avons pas pu consulter sa politique sur les cas où il informe l’Ordre sans votre consentement. Il évalue aussi des médecins quand un milieu de travail ou un organisme de réglementation a une inquiétude.',
      },
      'https://php.oma.org/about-php/mission-objectives/',
      [
        'Disclosure rules to the CPSO: not seen in the excerpt',
        'concern to training programs, workplaces or medical regulators',
      ],
      `${R4} §1 Ontario, OMA PHP; §4`,
    ),
  },
  'paro-helpline': {
    runBy: runBy(
      'association',
      {
        en: 'PARO, the residents’ association, runs it with Distress Centres volunteers.',
        fr: 'La PARO, l’association des médecins résidents, la gère avec des bénévoles de Distress Centres.',
      },
      'https://torontodistresscentre.com/about-us/our-partnerships',
      ['Professional Association of Residents of Ontario with Distress Centres (volunteers), since 2001.'],
      `${R4} §1 Ontario, PARO Helpline`,
    ),
    confidentiality: fact(
      {
        en: 'Described as confidential. Its partner, Distress Centres, was chosen for its anonymous crisis service.',
        fr: 'Décrite comme confidentielle. Son partenaire, Distress Centres, a été choisi pour son service de crise anonyme.',
      },
      'https://torontodistresscentre.com/about-us/our-partnerships',
      ['Described as confidential; Distress Centres was chosen for its anonymous crisis response.'],
      `${R4} §1 Ontario, PARO Helpline`,
      ['confidential', 'anonymous'],
    ),
    limits: none('§1 Ontario, PARO Helpline'),
    records: none('§4 records policies (PARO helpline)'),
    tellsRegulator: none('§1 Ontario, PARO Helpline ("None described")'),
  },
  'uottawa-resident-peer-support': {
    runBy: runBy(
      'university',
      {
        en: 'The University of Ottawa’s Faculty of Medicine runs it.',
        fr: 'La Faculté de médecine de l’Université d’Ottawa le gère.',
      },
      UOTTAWA_PEER,
      ['University / teaching hospital.'],
      `${R4} §1 Ontario, university peer support`,
    ),
    ...UOTTAWA_PEER_TERMS,
  },
  'toh-peer-mentoring': {
    runBy: runBy(
      'employer',
      {
        en: 'The Ottawa Hospital, a teaching hospital, runs it.',
        fr: 'L’Hôpital d’Ottawa, un hôpital d’enseignement, le gère.',
      },
      UOTTAWA_PEER,
      ['University / teaching hospital.'],
      `${R4} §1 Ontario, university peer support`,
    ),
    ...UOTTAWA_PEER_TERMS,
  },
  'uottawa-faculty-wellness': {
    runBy: runBy(
      'university',
      {
        en: 'The University of Ottawa’s Faculty of Medicine runs it.',
        fr: 'La Faculté de médecine de l’Université d’Ottawa le gère.',
      },
      UOTTAWA_PEER,
      [
        'University of Ottawa Faculty Wellness Program, Resident Peer Support Program, and TOH Peer Mentoring Program',
      ],
      `${R1} §4`,
    ),
    confidentiality: notStated(`${R1} §4 (no statement about callers found)`),
    limits: notStated(`${R1} §4`),
    records: notStated(`${R1} §4`),
    tellsRegulator: notStated(`${R1} §4`),
  },
  'uottawa-pgme-wellbeing': {
    runBy: runBy(
      'university',
      {
        en: 'The University of Ottawa runs it, at arm’s length from the postgraduate Vice-Dean’s office.',
        fr: 'L’Université d’Ottawa le gère, indépendamment du vice-décanat aux études médicales postdoctorales.',
      },
      'https://uottawa.ca/faculty-medicine/postgraduate-medical-education/well-being-program-physicians-training',
      ["kept at arm's length from the PGME Vice-Dean's office"],
      `${R1} §4`,
    ),
    confidentiality: fact(
      { en: 'Confidential and non-judgemental.', fr: 'Confidentiel et sans jugement.' },
      'https://uottawa.ca/faculty-medicine/postgraduate-medical-education/well-being-program-physicians-training',
      ['Confidential, non-judgemental'],
      `${R1} §4`,
      ['confidential'],
    ),
    limits: notStated(`${R1} §4`),
    records: notStated(`${R1} §4`),
    tellsRegulator: notStated(`${R1} §4`),
  },
  bpao: {
    runBy: runBy(
      'association',
      {
        en: 'The Black Physicians’ Association of Ontario offers these resources.',
        fr: 'La Black Physicians’ Association of Ontario offre ces ressources.',
      },
      'https://www.welldoccanada.org/resources-in-ontario',
      [
        'Black Physicians Association of Ontario',
        'Mental health and wellness resources for Black professionals.',
      ],
      `${R1} §5.1`,
    ),
    confidentiality: notStated(`${R1} §5.1 (BPAO row)`),
    limits: notStated(`${R1} §5.1 (BPAO row)`),
    records: notStated(`${R1} §5.1 (BPAO row)`),
    tellsRegulator: notStated(`${R1} §5.1 (BPAO row)`),
  },
  'ottawa-crisis-line': {
    runBy: runBy(
      'independent',
      {
        en: 'Trained volunteers of the Distress Centre of Ottawa answer it.',
        fr: 'Des bénévoles formés du Distress Centre of Ottawa y répondent.',
      },
      'https://crisisline.ca/faq/',
      [
        'Volunteer Crisis Line Responders with the Ottawa Distress Centre staff the 24 hour Mental Health Crisis Line.',
      ],
      `${SEARCHED} crisisline.ca FAQ, "Who am I talking to"`,
    ),
    confidentiality: notStated(`${R1} §4`),
    limits: notStated(`${R1} §4`),
    records: notStated(`${R1} §4`),
    tellsRegulator: notStated(`${R1} §4`),
  },
  // National
  'cma-support-line': {
    runBy: runBy(
      'association',
      {
        en: 'The Canadian Medical Association runs it; Morneau Shepell delivers it.',
        fr: 'L’Association médicale canadienne la gère; Morneau Shepell offre le service.',
      },
      'https://www.cma.ca/supportline/frequently-asked-questions-participating-provinces-territories',
      ['Run by the CMA, delivered by Morneau Shepell, funded by Scotiabank and MD Financial Management.'],
      `${R4} §0 CMA Wellness Support Line`,
    ),
    confidentiality: fact(
      {
        en: 'A news page, not the CMA, calls it confidential counselling.',
        fr: 'Une page de nouvelles, et non l’AMC, parle de counseling confidentiel.',
      },
      'https://covidkindness.ca/news/cma-and-partners-launch-a-new-mental-health-support-line-for-physicians-and-med-students/',
      ['confidential, professional counselling'],
      `${R4} §0 CMA Wellness Support Line, "confidential"`,
      ['confidential'],
    ),
    limits: CMA_SUPPORT_LINE_NOT_FOUND,
    records: CMA_SUPPORT_LINE_NOT_FOUND,
    tellsRegulator: CMA_SUPPORT_LINE_NOT_FOUND,
  },
  'cma-wellness-connection': {
    runBy: runBy(
      'association',
      {
        en: 'The Canadian Medical Association runs these groups.',
        fr: 'L’Association médicale canadienne anime ces groupes.',
      },
      'https://www.cma.ca/physician-wellness-hub/wellness-connection/frequently-asked-questions-faqs',
      ['CMA Wellness Connection', 'Free virtual peer-support group sessions'],
      `${R1} §5.1`,
    ),
    // A group rule asked of participants, not a promise by the program: a note, not its confidentiality.
    confidentiality: notStated('content-facts-2.md §3.2'),
    limits: notStated('content-facts-2.md §3.2'),
    records: notStated('content-facts-2.md §3.2'),
    tellsRegulator: notStated('content-facts-2.md §3.2'),
    notes: [
      fact(
        {
          en: 'Its group rules make every participant responsible for keeping the space safe.',
          fr: 'Ses règles demandent à chaque participant de veiller à ce que l’espace reste sûr.',
        },
        'https://www.cma.ca/physician-wellness-hub/wellness-connection/frequently-asked-questions-faqs',
        ['every participant responsible for keeping the space safe'],
        'content-facts-2.md §3.2 (rules of engagement)',
        ['safe'],
      ),
      CMPA_PEER_SUPPORT,
    ],
  },
  cmpa: {
    runBy: runBy(
      'independent',
      {
        en: 'The CMPA runs it for its members.',
        fr: 'L’ACPM l’offre à ses membres.',
      },
      'https://www.cmpa-acpm.ca/en/news/2021/yukon-members-we-are-here-for-you',
      ['CMPA physician advisors', 'applies to CMPA members'],
      `${R4} §0 CMPA physician advisors; ${R3} §1`,
    ),
    confidentiality: fact(
      {
        en: 'It calls talks with its physician advisors confidential and non-judgmental.',
        fr: 'Elle dit que les échanges avec ses médecins-conseils sont confidentiels et sans jugement.',
      },
      'https://www.cmpa-acpm.ca/en/news/2021/yukon-members-we-are-here-for-you',
      ['Conversations are confidential, empathetic, and non-judgmental'],
      `${R4} §0 CMPA physician advisors`,
      ['confidential'],
    ),
    limits: none('§0 CMPA physician advisors'),
    records: none('§0 CMPA physician advisors'),
    tellsRegulator: none('§0 CMPA physician advisors'),
  },
  'ca-988': {
    runBy: runBy(
      'public',
      {
        en: 'CAMH coordinates it and the Government of Canada funds it.',
        fr: 'Le CAMH la coordonne et le gouvernement du Canada la finance.',
      },
      'https://www.oha.com:443/news/powered-by-camh-9-8-8-suicide-crisis-helpline-launches',
      ['Coordinated by CAMH and funded by the Government of Canada.'],
      `${R1} §5.2`,
    ),
    confidentiality: notStated(`${R1} §5.2`),
    limits: fact(
      {
        en: 'A summary site says emergency services are involved only if safety seems at imminent risk.',
        fr: 'Selon un site de synthèse, les services d’urgence n’interviennent que si un danger semble imminent.',
      },
      'https://www.maplenow.ca/site/988-suicide-crisis-helpline',
      ['Emergency services are involved only if safety is judged to be at imminent risk'],
      `${R1} §5.2`,
    ),
    records: notStated(`${R1} §5.2`),
    tellsRegulator: notStated(`${R1} §5.2`),
  },
  // Alberta
  'ama-pfsp': {
    runBy: runBy(
      'association',
      {
        en: 'The Alberta Medical Association runs it. Outside contractors answer the phone.',
        fr: 'L’Alberta Medical Association le gère. Des sous-traitants répondent au téléphone.',
      },
      'https://www.albertadoctors.org/services/pfsp',
      [
        'Alberta Medical Association, under an agreement with Alberta Health. The phone line is run by outside contractors.',
      ],
      `${R4} §1 Alberta, AMA PFSP`,
    ),
    confidentiality: fact(
      {
        en: 'Promises confidentiality. Only the line operator and the on-call physician know who you are.',
        fr: 'Promet la confidentialité. Seuls la personne au téléphone et le médecin de garde savent qui vous êtes.',
      },
      'https://www.albertadoctors.org/services/pfsp',
      [
        'voluntarily seek help with the assurance of confidentiality',
        'Your identity is known only to the line operator and the on-call assessment physician.',
      ],
      `${R4} §1 Alberta, AMA PFSP`,
      ['confidential'],
    ),
    limits: fact(
      {
        en: 'If you may seriously harm yourself or others, or a child in your care is at risk, it must act and may call police.',
        fr: 'Si vous risquez de vous faire gravement du mal ou d’en faire à autrui, il doit agir. Il le doit aussi si un enfant à votre charge est en danger. Il peut appeler la police.',
      },
      'https://www.albertadoctors.org/membership/benefits/pfsp/privacy/',
      [
        'if a caller is at serious risk of harming self or others, or a child in their care is at risk, PFSP must act and may contact police or authorities',
      ],
      `${R4} §1 Alberta, AMA PFSP`,
    ),
    records: fact(
      {
        en: 'Calls and therapist referrals do not go into the provincial electronic health record.',
        fr: 'Les appels et les orientations vers un thérapeute ne vont pas dans le dossier de santé électronique provincial.',
      },
      'https://www.albertadoctors.org/membership/benefits/pfsp/privacy/',
      ['not documented in the provincial electronic health record'],
      `${R4} §1 Alberta, AMA PFSP`,
    ),
    tellsRegulator: fact(
      {
        en: 'No reporting to the College is described. It says it shares nothing without your consent, apart from the safety reasons above.',
        fr: 'Aucun signalement au Collège n’est décrit. Il dit ne rien communiquer sans votre consentement, sauf pour les raisons de sécurité ci-dessus.',
      },
      'https://www.albertadoctors.org/membership/benefits/pfsp/privacy/',
      ['No reporting to the College is described; PFSP says it will not share information without consent'],
      `${R4} §1 Alberta, AMA PFSP`,
    ),
  },
  // British Columbia
  'bc-php': {
    runBy: runBy(
      'association',
      {
        en: 'Doctors of BC, the physicians’ association, co-funds and co-governs it with a second body (the source is cut off there). It is not part of the College.',
        fr: 'Doctors of BC, l’association des médecins, le cofinance et le codirige avec un second organisme (la source est coupée à cet endroit). Il ne fait pas partie du Collège.',
      },
      'https://www.physicianhealth.com/faq',
      [
        'co-funded and governed by Doctors of BC',
        'the stored text is cut off there',
        'Not part of the College.',
      ],
      `${R4} §1 British Columbia, PHP`,
    ),
    confidentiality: fact(
      {
        en: 'As confidential as talking to your family doctor, even the fact that you called. Anonymous calls accepted, though some services need your name.',
        fr: 'Aussi confidentiel qu’avec votre médecin de famille, même le fait d’avoir appelé. Appels anonymes acceptés, mais certains services demandent votre nom.',
      },
      'https://www.physicianhealth.com/faq',
      [
        'as confidential as speaking to your family physician',
        'Identity, details and even the fact you called are kept confidential.',
        'Anonymous calls accepted (some services need your name).',
      ],
      `${R4} §1 British Columbia, PHP`,
      ['confidential', 'anonymous'],
    ),
    limits: fact(
      {
        en: 'Shared with others only with your explicit consent or where the law requires.',
        fr: 'Rien n’est communiqué à des tiers sans votre consentement explicite, sauf si la loi l’exige.',
      },
      'https://www.physicianhealth.com/faq',
      ['only with your explicit consent or where the law requires'],
      `${R4} §1 British Columbia, PHP`,
    ),
    records: none('§4 records policies (BC PHP privacy policy not read)'),
    tellsRegulator: fact(
      {
        en: 'Only with your consent or as the law requires. No automatic reporting is described.',
        fr: 'Seulement avec votre consentement ou si la loi l’exige. Aucun signalement automatique n’est décrit.',
      },
      'https://www.physicianhealth.com/faq',
      ['Only with consent or as required by law (no automatic reporting described).'],
      `${R4} §1 British Columbia, PHP`,
    ),
  },
  'impact-bc': {
    runBy: runBy(
      'independent',
      {
        en: 'The Rural Coordination Centre of BC, a network led by rural physicians, runs it. Its peer supporters are rural clinicians.',
        fr: 'Le Rural Coordination Centre of BC, un réseau mené par des médecins ruraux, le gère. Ses pairs aidants sont des cliniciens ruraux.',
      },
      'https://rccbc.ca/initiatives/impact/',
      [
        'Isolated Medical Provider Aftercare Team (an RCCbc initiative page)',
        'IMPACT peer supporters are medical professionals who work, or have worked, in a rural setting.',
        'The Rural Coordination Centre of BC is a rural physician-led network (yer2022.rccbc.ca)',
      ],
      `${SEARCHED} rccbc.ca IMPACT page and RCCbc year-end report 2021-22`,
    ),
    confidentiality: fact(
      { en: 'You leave a confidential voicemail.', fr: 'Vous laissez un message vocal confidentiel.' },
      'https://www.physicianhealth.com/local-peer-support-programs/',
      ['confidential voicemail; callback within 72 h'],
      `${R1} §5.1`,
      ['confidential'],
    ),
    limits: notStated(`${R1} §5.1`),
    records: fact(
      {
        en: 'Keeps no notes of what you and the peer supporter say.',
        fr: 'Ne garde aucune note de vos échanges avec le pair aidant.',
      },
      'https://rccbc.ca/initiatives/impact/',
      [
        'IMPACT does not maintain documentation of the conversations between peer supporters and medical providers.',
      ],
      `${SEARCHED} rccbc.ca IMPACT page`,
      ['noRecords'],
    ),
    tellsRegulator: notStated(`${R1} §5.1`),
    notes: [CMPA_PEER_SUPPORT],
  },
  // Saskatchewan
  'sma-php': {
    runBy: runBy(
      'association',
      {
        en: 'The Saskatchewan Medical Association runs it, independently of the College and the health authority.',
        fr: 'La Saskatchewan Medical Association le gère, indépendamment du Collège et de la régie de la santé.',
      },
      'https://www.sma.sk.ca/physician-health-program-2/',
      ['operates independently from the Ministry of Health, College of Physicians and Surgeons'],
      `${R4} §1 Saskatchewan, SMA PHP`,
    ),
    confidentiality: fact(
      {
        en: 'Says all information is kept strictly confidential.',
        fr: 'Dit garder toute l’information strictement confidentielle.',
      },
      'https://www.sma.sk.ca/physician-health-program-2/',
      ['All information is kept strictly confidential.'],
      `${R4} §1 Saskatchewan, SMA PHP`,
      ['confidential'],
    ),
    limits: none('§1 Saskatchewan; §4 (no stated limits)'),
    records: none('§4 records policies (SMA)'),
    tellsRegulator: fact(
      {
        en: 'No route to the College is described; it says it works independently of it.',
        fr: 'Aucune voie vers le Collège n’est décrite; il dit travailler indépendamment de lui.',
      },
      'https://www.sma.sk.ca/physician-health-program-2/',
      ['No reporting route is described.'],
      `${R4} §1 Saskatchewan, SMA PHP`,
    ),
  },
  // Manitoba
  'cpsm-php': {
    runBy: runBy(
      'regulator',
      {
        en: 'The regulator runs it: the College of Physicians and Surgeons of Manitoba (CPSM).',
        fr: 'L’organisme de réglementation le gère, soit le Collège des médecins et chirurgiens du Manitoba (CPSM).',
      },
      'https://cpsm.mb.ca/physician-health-program',
      [
        'CPSM operates its own Physician Health Program',
        'The regulator (College of Physicians and Surgeons of Manitoba) runs it.',
      ],
      `${R4} §1 Manitoba, CPSM PHP`,
    ),
    confidentiality: fact(
      {
        en: 'Calls itself confidential and non-punitive. An older page said the program itself cannot suspend a certificate of practice.',
        fr: 'Se dit confidentiel et non punitif. Une ancienne page disait que le programme lui-même ne peut pas suspendre un certificat d’exercice.',
      },
      'https://cpsm.mb.ca/physician-health-program',
      [
        'Calls itself safe, confidential and non-punitive',
        'An older page says it cannot suspend certificates of practice',
        'does NOT have the authority to suspend Certificates of Practice',
      ],
      `${R4} §1 Manitoba, CPSM PHP`,
      ['confidential', 'nonPunitive'],
    ),
    limits: none('§1 Manitoba, CPSM PHP ("Limits: not stated")'),
    records: none('§1 Manitoba, CPSM PHP'),
    tellsRegulator: fact(
      {
        en: 'It is part of the College. Calling it is listed as one way to self-report a health concern. Doctors must tell it of concerns about a colleague’s and patients’ safety. The College’s complaints and qualifications staff also refer doctors to it.',
        fr: 'Il fait partie du Collège. L’appeler est l’une des façons de déclarer soi-même un problème de santé. Les médecins doivent lui signaler leurs inquiétudes sur la sécurité d’un collègue et des patients. Le personnel du Collège chargé des plaintes et des qualifications lui adresse aussi des médecins.',
      },
      'https://cpsm.mb.ca/physician-health-program',
      [
        'several ways to self-report your health concern',
        "Registrants must notify it of concerns about a colleague's and patients' safety.",
        'Referrals also come from CPSM complaints and qualifications staff.',
      ],
      `${R4} §1 Manitoba, CPSM PHP`,
    ),
  },
  'doctors-manitoba-pfsp': {
    runBy: runBy(
      'association',
      {
        en: 'Doctors Manitoba, the physicians’ association, runs it. HumanaCare has delivered it since December 2022.',
        fr: 'Doctors Manitoba, l’association des médecins, le gère. HumanaCare offre le service depuis décembre 2022.',
      },
      'https://doctorsmanitoba.ca/managing-your-practice/weekly-member-message/member-message-december-21-2022',
      ['Medical association (Doctors Manitoba); since Dec 2022 delivered by HumanaCare, 24/7.'],
      `${R4} §1 Manitoba, Doctors Manitoba PFSP`,
    ),
    confidentiality: fact(
      {
        en: 'Its Physicians at Risk peer support and counselling by self-referral are described as confidential.',
        fr: 'Le soutien par les pairs et le counseling sur demande de son programme Physicians at Risk sont décrits comme confidentiels.',
      },
      'https://doctorsmanitoba.ca/benefits-insurance/insurance/insurance-options-for-physicians/wellness-programs',
      ['Peer Support and confidential, couple and individual counseling by self-referral'],
      `${R4} §1 Manitoba, Doctors Manitoba PAR`,
      ['confidential'],
    ),
    limits: fact(
      {
        en: 'Its peer support includes assessing for risk. Other limits were not found in our sources.',
        fr: 'Son soutien par les pairs comprend une évaluation du risque. Les autres limites sont introuvables dans nos sources.',
      },
      'https://doctorsmanitoba.ca/doc360/wellness-programs/peer-support',
      ['confidentiality, assessing for risk and safety'],
      `${R4} §1 Manitoba, Doctors Manitoba PAR`,
    ),
    records: none('§4 records policies (Doctors Manitoba)'),
    tellsRegulator: none('§1 Manitoba, Doctors Manitoba'),
  },
  // Nova Scotia
  'doctors-ns-psp': {
    runBy: runBy(
      'association',
      {
        en: 'Doctors Nova Scotia, the physicians’ association, runs it. Its counsellors have no tie to the regulator.',
        fr: 'Doctors Nova Scotia, l’association des médecins, le gère. Ses conseillers n’ont aucun lien avec l’organisme de réglementation.',
      },
      'https://doctorsns.com/benefits/professional-support',
      ['no affiliation with licensing and regulatory bodies'],
      `${R4} §1 Nova Scotia, Doctors NS PSP`,
    ),
    confidentiality: fact(
      {
        en: 'Confidential, under Nova Scotia’s health information law.',
        fr: 'Confidentiel, selon la loi de la Nouvelle-Écosse sur les renseignements de santé.',
      },
      'https://www.dnspathways.com/confidentiality/',
      ["Confidential; PSP is a custodian under Nova Scotia's Personal Health Information Act."],
      `${R4} §1 Nova Scotia, Doctors NS PSP`,
      ['confidential'],
    ),
    limits: fact(
      {
        en: 'It lists when it may disclose, such as a court order. We could not see the whole list.',
        fr: 'Il énumère les cas où il peut divulguer, comme une ordonnance du tribunal. Nous n’avons pas pu voir la liste entière.',
      },
      'https://www.dnspathways.com/confidentiality/',
      [
        'Information may be disclosed only in listed cases: you ask for your record, a court order, … (rest of list not visible).',
      ],
      `${R4} §1 Nova Scotia, Doctors NS PSP; §4`,
    ),
    records: fact(
      {
        en: 'Keeps records, at least your name and contact details, for audit.',
        fr: 'Garde des dossiers, au moins votre nom et vos coordonnées, à des fins de vérification.',
      },
      'https://www.dnspathways.com/confidentiality/',
      ['for audit and record-keeping purposes'],
      `${R4} §1 Nova Scotia, Doctors NS PSP`,
    ),
    tellsRegulator: fact(
      {
        en: 'No reporting to the College is described. It also supports physicians under a College investigation.',
        fr: 'Aucun signalement au Collège n’est décrit. Il soutient aussi les médecins visés par une enquête du Collège.',
      },
      'https://doctorsns.com/benefits/professional-support',
      [
        'No reporting to the College described; PSP also supports physicians going through a College investigation.',
      ],
      `${R4} §1 Nova Scotia, Doctors NS PSP`,
    ),
    notes: [
      fact(
        {
          en: 'Not the College’s program. The regulator runs its own Health and Practice Program, formerly called “Physician Health Program”.',
          fr: 'Ce n’est pas le programme du Collège. L’organisme de réglementation a son propre Health and Practice Program, autrefois appelé « Physician Health Program ».',
        },
        'https://cpsns.ns.ca/physician-health/',
        [
          'CPSNS Health and Practice Program (formerly "Physician Health Program")',
          'The regulator (College of Physicians and Surgeons of Nova Scotia).',
        ],
        `${R4} §1 Nova Scotia, CPSNS`,
      ),
    ],
  },
  // Prince Edward Island
  'mspei-php': {
    runBy: runBy(
      'association',
      {
        en: 'The Medical Society of PEI offers it; the Doctors of BC program delivers it.',
        fr: 'La Medical Society of PEI l’offre; le programme de Doctors of BC en assure la prestation.',
      },
      'https://www.mspei.org/physician-health-and-wellness/',
      ["offered through by Doctors of British Columbia's Physician Health Program"],
      `${R4} §1 Prince Edward Island`,
    ),
    confidentiality: fact(
      { en: 'Described as confidential and discreet.', fr: 'Décrit comme confidentiel et discret.' },
      'https://www.mspei.org/physician-health-and-wellness/',
      ['Described as confidential and discreet.'],
      `${R4} §1 Prince Edward Island`,
      ['confidential'],
    ),
    limits: none('§1 Prince Edward Island (BC PHP limits may apply, not confirmed)'),
    records: none('§4 records policies (MSPEI)'),
    tellsRegulator: none('§1 Prince Edward Island'),
  },
  // Quebec
  pamq: {
    runBy: runBy(
      'independent',
      {
        en: 'An independent non-profit, separate from the Collège des médecins.',
        fr: 'Un organisme sans but lucratif indépendant, distinct du Collège des médecins.',
      },
      'https://pamq.org/qui-sommes-nous',
      ["un service d'aide indépendant", 'PAMQ is a separate organisation.'],
      `${R4} §1 Quebec, PAMQ`,
    ),
    confidentiality: fact(
      {
        en: 'Promises the strictest confidentiality, even about the fact that you consulted.',
        fr: 'Promet la plus stricte confidentialité, même sur le fait d’avoir consulté.',
      },
      'https://pamq.org/la-protection-des-renseignements-personnels-par-le-pamq',
      ['Promises the strictest confidentiality', "le fait d'avoir consulté le PAMQ"],
      `${R4} §1 Quebec, PAMQ`,
      ['confidential'],
    ),
    limits: none('§1 Quebec, PAMQ; §4'),
    records: fact(
      {
        en: 'Keeps a consultation file. How long it keeps it is not stated.',
        fr: 'Garde un dossier de consultation. La durée de conservation n’est pas précisée.',
      },
      'https://pamq.org/la-protection-des-renseignements-personnels-par-le-pamq',
      ['Keeps a consultation file ("dossier")', 'Retention period: not found.'],
      `${R4} §1 Quebec, PAMQ`,
    ),
    tellsRegulator: none('§1 Quebec, PAMQ (no reporting to the Collège described)'),
  },
  // New Brunswick
  'nbms-counselling': {
    runBy: runBy(
      'association',
      {
        en: 'The New Brunswick Medical Society offers it.',
        fr: 'La Société médicale du Nouveau-Brunswick l’offre.',
      },
      'https://www.cma.ca/physiciansfirst/new-brunswick-medical-society',
      ['NBMS Tailored Counselling Program', 'New Brunswick Medical Society.'],
      `${R4} §1 New Brunswick`,
    ),
    confidentiality: none('§1 New Brunswick (explicit statement not found)'),
    limits: none('§1 New Brunswick'),
    records: none('§4 records policies (NBMS)'),
    tellsRegulator: none('§1 New Brunswick'),
  },
  // Newfoundland and Labrador
  'nlma-wellness': {
    runBy: runBy(
      'association',
      {
        en: 'The Newfoundland and Labrador Medical Association runs it.',
        fr: 'L’Association médicale de Terre-Neuve-et-Labrador (NLMA) le gère.',
      },
      'https://nlma.nl.ca/physician-wellness/nlma-physician-care-network',
      ['NL Medical Association.'],
      `${R4} §1 Newfoundland and Labrador`,
    ),
    confidentiality: fact(
      {
        en: 'Its Physician Care Network is called confidential.',
        fr: 'Son Physician Care Network est dit confidentiel.',
      },
      'https://nlma.nl.ca/physician-wellness/nlma-physician-care-network',
      ['Called a confidential program.'],
      `${R4} §1 Newfoundland and Labrador`,
      ['confidential'],
    ),
    limits: none('§1 Newfoundland and Labrador'),
    records: none('§4 records policies (NLMA PCN)'),
    tellsRegulator: fact(
      {
        en: 'It has a formal agreement with the College and runs a monitoring program with it. The agreement’s terms were not found.',
        fr: 'Il a une entente officielle avec le Collège et mène avec lui un programme de suivi. Les termes de l’entente n’ont pas été trouvés.',
      },
      'https://nlma.nl.ca/physician-wellness/',
      [
        'formal agreement with the College of Physicians and Surgeons',
        'Monitoring Program in conjunction with the College',
      ],
      `${R4} §1 Newfoundland and Labrador; §4`,
    ),
  },
  // Northwest Territories
  'nwt-help-line': {
    // The newest source found on who runs it is from 2014: the text gives the year.
    runBy: runBy(
      'public',
      {
        en: 'The territory’s Department of Health and Social Services took it over in 2014, with a company answering calls under contract.',
        fr: 'Le ministère de la Santé et des Services sociaux du territoire l’a reprise en 2014; une entreprise répond aux appels sous contrat.',
      },
      'https://hansard.opennwt.ca/debates/2014/02/18/glen-abernethy-24/only',
      [
        'transfer ownership of the NWT Helpline, the phone number and the website, to the department',
        'an interim contract in place with Sykes Assistance Services Corporation',
      ],
      `${SEARCHED} NWT Legislative Assembly Hansard, 2014-02-18 (Minister of Health and Social Services)`,
    ),
    confidentiality: fact(
      {
        en: 'The territory’s announcement calls it free, confidential and anonymous.',
        fr: 'L’annonce du territoire la dit gratuite, confidentielle et anonyme.',
      },
      'https://www.gov.nt.ca/en/newsroom/getreal-about-how-you-feel-mental-health-week',
      ['free, confidential and anonymous'],
      `${R3} §3`,
      ['confidential', 'anonymous'],
    ),
    limits: notStated(`${R3} §3`),
    records: notStated(`${R3} §3`),
    tellsRegulator: notStated(`${R3} §3`),
  },
  // United States
  'physician-support-line': {
    runBy: runBy(
      'independent',
      { en: 'Volunteer psychiatrists answer it.', fr: 'Des psychiatres bénévoles y répondent.' },
      'https://physiciansupportline.com/faq',
      ['volunteer psychiatrists'],
      `${R4} §3 Physician Support Line`,
    ),
    confidentiality: fact(
      { en: 'Confidential.', fr: 'Confidentielle.' },
      'https://physiciansupportline.com/faq',
      ['Confidential. No identifying information is recorded'],
      `${R4} §3 Physician Support Line`,
      ['confidential'],
    ),
    limits: fact(
      {
        en: 'Volunteers may discuss a call with its admin team, only if they fear imminent harm to you or others.',
        fr: 'Les bénévoles peuvent parler d’un appel à l’équipe administrative, seulement s’ils craignent un danger imminent pour vous ou autrui.',
      },
      'https://physiciansupportline.com/faq',
      [
        'Volunteers may discuss a call only with the admin team, and only if there is concern about imminent harm to self or others.',
      ],
      `${R4} §3 Physician Support Line`,
    ),
    records: fact(
      {
        en: 'Keeps no records that identify you and stores no phone numbers.',
        fr: 'Ne garde aucun dossier qui vous identifie et ne conserve aucun numéro de téléphone.',
      },
      'https://physiciansupportline.com/faq',
      ['No identifying information is recorded, no phone numbers are stored'],
      `${R4} §3 Physician Support Line`,
      ['noRecords'],
    ),
    tellsRegulator: fact(
      {
        en: 'It says a call is not reportable to a medical board, since no doctor–patient relationship forms.',
        fr: 'Elle dit qu’un appel n’est pas à déclarer à un ordre des médecins, faute de relation médecin-patient.',
      },
      'https://physiciansupportline.com/faq',
      ['It is not reportable to a medical board because no doctor–patient relationship is formed.'],
      `${R4} §3 Physician Support Line`,
      ['notReported'],
    ),
  },
  ncphp: {
    runBy: runBy(
      'independent',
      {
        en: 'It works under an agreement with the state medical board and medical society.',
        fr: 'Il travaille selon une entente avec l’ordre des médecins et la société médicale de l’État.',
      },
      'https://ncphp.org/confidentiality/',
      ['NCPHP works under an MOU with the NC Medical Board and NC Medical Society.'],
      `${R4} §3 NCPHP`,
    ),
    confidentiality: fact(
      {
        en: 'Someone not known to the board may stay anonymous while safe to practise or off work for treatment.',
        fr: 'Une personne inconnue de l’ordre peut rester anonyme si elle exerce en toute sécurité ou cesse d’exercer pendant son traitement.',
      },
      'https://ncphp.org/general-faq/',
      ['may remain anonymous as long as NCPHP can establish they are safe to practice'],
      `${R4} §3 NCPHP`,
      ['anonymous', 'safe'],
    ),
    limits: fact(
      {
        en: 'State law makes it tell the board about imminent danger to patients, or if you are still unsafe after treatment. It must also report a broken monitoring contract, or a refused board order if the board referred you.',
        fr: 'La loi l’oblige à informer l’ordre d’un danger imminent pour les patients, ou si votre pratique présente encore un risque après le traitement. Il doit aussi signaler un contrat de suivi rompu, ou un refus d’obéir à une décision de l’ordre si c’est l’ordre qui vous a adressé.',
      },
      'https://ncphp.org/confidentiality/',
      [
        'NCPHP must inform the board if there is unsafe practice with imminent danger to patients',
        'a board-referred person refuses a board order',
        'the person is still unsafe after treatment',
        'a signed monitoring contract is breached',
      ],
      `${R4} §3 NCPHP`,
    ),
    records: notStated(`${R4} §3 NCPHP`),
    tellsRegulator: fact(
      {
        en: 'People who follow its recommendations are, in most cases, not reported to the board.',
        fr: 'Les personnes qui suivent ses recommandations ne sont, le plus souvent, pas signalées à l’ordre.',
      },
      'https://ncphp.org/confidentiality/',
      ["participants who follow NCPHP's recommendations are not reported to licensing boards"],
      `${R4} §3 NCPHP`,
      ['notReported'],
    ),
  },
  'state-php': {
    runBy: notStated(`${R4} §3 Federation of State Physician Health Programs (who runs each varies)`),
    confidentiality: fact(
      {
        en: 'Their federation describes them as a confidential alternative to discipline.',
        fr: 'Leur fédération les décrit comme une solution confidentielle de rechange à la discipline.',
      },
      'https://fsphp.memberclicks.net/about',
      ['confidential, therapeutic alternative to discipline'],
      `${R4} §3 Federation of State Physician Health Programs`,
      ['confidential'],
    ),
    limits: notStated(`${R4} §3`),
    records: notStated(`${R4} §3`),
    tellsRegulator: notStated(`${R4} §3`),
  },
  'us-988': {
    runBy: notStated(`${R1} §5.2`),
    confidentiality: fact(
      { en: 'Free and confidential.', fr: 'Gratuite et confidentielle.' },
      'https://familyandcaregivertoolkit.org/988-crisis-lifeline',
      ['24/7, free and confidential.'],
      `${R1} §5.2`,
      ['confidential'],
    ),
    limits: notStated(`${R1} §5.2`),
    records: notStated(`${R1} §5.2`),
    tellsRegulator: notStated(`${R1} §5.2`),
  },
};

/** The terms for a program card, if the research covered it. */
export const termsFor = (id: string): ProgramTerms | undefined => BEFORE_YOU_CALL[id];

import type { Province } from './regions';
import { fact, notStated, type Fact, type SourcedFact } from './sourced-facts';
import type { Localized } from './types';

/**
 * "What your licence form asks" (issue 22), per province and territory: whether the regulator's
 * health question asks only about a present condition or also about the past, and whether the
 * regulator has said that seeking help is not punished. From research/content-facts-4-licensing.md,
 * section 2 (R4). Many quotes are from a 2023 review and may be out of date: the view always says to
 * check the current form.
 */

/**
 * What the health question covers. "current": a present condition that affects practice;
 * "current-described": said to ask only about the present, but the research did not see the wording;
 * "current-foreseeable": present, or reasonably likely to affect it; "past": asks "have you ever";
 * "past-specific": "ever", and singles out mental illness or substance use; "not-found".
 */
export const LICENCE_SCOPES = [
  'current',
  'current-described',
  'current-foreseeable',
  'past',
  'past-specific',
  'not-found',
] as const;
export type LicenceScope = (typeof LICENCE_SCOPES)[number];

export interface LicenceForm {
  /** The regulator, by its usual short name. */
  regulator: Localized;
  scope: LicenceScope;
  /** What the form asks about health, with the year of the wording where it comes from a review. */
  asks: Fact;
  /** Whether the regulator said seeking help or having a condition is not punished. */
  helpSeeking: Fact;
  /** The regulator's own health program or office, said plainly to be the regulator. */
  regulatorProgram?: SourcedFact;
  notes?: readonly SourcedFact[];
}

const R4 = 'content-facts-4-licensing.md';
const CMAJ = 'https://cmaj.ca/content/195/20/E710.full.txt';
const none = (where: string) => notStated(`${R4} ${where}`);

export const LICENCE_FORMS: Readonly<Record<Province, LicenceForm>> = {
  BC: {
    regulator: {
      en: 'College of Physicians and Surgeons of BC (CPSBC)',
      fr: 'Collège des médecins de la C.-B. (CPSBC)',
    },
    scope: 'past',
    asks: fact(
      {
        en: 'A 2023 review quoted the form as asking if you have ever had a condition that, if it came back, would likely affect your practice.',
        fr: 'Une étude de 2023 cite le formulaire. Il demande si vous avez déjà eu un problème de santé qui, s’il revenait, nuirait probablement à votre pratique.',
      },
      CMAJ,
      ['were it to recur', 'history (per CMAJ 2023)'],
      `${R4} §2 BC`,
    ),
    helpSeeking: fact(
      {
        en: 'A condition concerns the College only if it affects the safety of care. No promise that treatment is not penalized was found.',
        fr: 'Un problème de santé ne concerne le Collège que s’il nuit à la sécurité des soins. Aucune promesse de ne pas pénaliser un traitement n’a été trouvée.',
      },
      'https://www.cpsbc.ca/registrants/current-registrants/health-monitoring/answering-health-question',
      [
        'only becomes a regulatory concern if it impacts',
        'Explicit "treatment will not be penalized": not found.',
      ],
      `${R4} §2 BC`,
    ),
    regulatorProgram: fact(
      {
        en: 'The College’s Health Monitoring department is the regulator, not a support line.',
        fr: 'Le service de surveillance de la santé du Collège relève de l’organisme de réglementation; ce n’est pas une ligne de soutien.',
      },
      'https://www.cpsbc.ca/registrants/current-registrants/health-monitoring/answering-health-question',
      ['The regulator (College of Physicians and Surgeons of BC).'],
      `${R4} §1 British Columbia, CPSBC Health Monitoring`,
    ),
    notes: [
      fact(
        {
          en: 'BC law requires you to tell the College if you are hospitalized for a psychiatric or addiction disorder.',
          fr: 'En C.-B., la loi vous oblige à aviser le Collège d’une hospitalisation pour un trouble psychiatrique ou une dépendance.',
        },
        'https://www.cpsbc.ca/for-physicians/physician-monitoring',
        [
          'Section 32.3 of the HPA specifically requires',
          'hospitalized for a psychiatric or addiction disorder',
        ],
        `${R4} §1 British Columbia, legal duty`,
      ),
    ],
  },
  AB: {
    regulator: {
      en: 'College of Physicians & Surgeons of Alberta (CPSA)',
      fr: 'Collège des médecins de l’Alberta (CPSA)',
    },
    scope: 'current-foreseeable',
    asks: fact(
      {
        en: 'The renewal form asks if you presently have a condition that affects your work, or is reasonably likely to.',
        fr: 'Le formulaire de renouvellement demande si vous avez actuellement un problème de santé qui nuit à votre travail, ou risque raisonnablement de le faire.',
      },
      'https://cpsa.ca/news/annual-renewal-reminder-health-reporting-and-professional-responsibility',
      ['Do you presently have a physical, cognitive, or mental'],
      `${R4} §2 AB`,
    ),
    helpSeeking: fact(
      {
        en: 'The College encourages care early and handles health outside its complaints process. It says you never have to give it personal health details.',
        fr: 'Le Collège encourage à se faire soigner tôt et traite la santé hors du processus de plaintes. Il dit que vous n’avez jamais à lui donner vos renseignements personnels de santé.',
      },
      'https://cpsa.ca/physicians/competence/physician-health-monitoring-program/',
      [
        'Get help early',
        "outside of CPSA's complaints process",
        'says you will never have to give CPSA personal health details',
      ],
      `${R4} §2 AB`,
    ),
    regulatorProgram: fact(
      {
        en: 'Its Health & Practice Conditions Monitoring program is run by the regulator.',
        fr: 'Son programme Health & Practice Conditions Monitoring est géré par l’organisme de réglementation.',
      },
      'https://cpsa.ca/physicians/competence/physician-health-monitoring-program/',
      ['The regulator (College of Physicians & Surgeons of Alberta).'],
      `${R4} §1 Alberta, CPSA HPCM`,
    ),
    notes: [
      fact(
        {
          en: 'The Alberta Medical Association advises calling the CMPA first when deciding whether to self-report.',
          fr: 'L’Alberta Medical Association conseille d’appeler l’ACPM avant de décider de faire une déclaration volontaire.',
        },
        'https://albertadoctors.org/news/news/how-might-changes-to-the-cpsa-s-physician-health-monitoring-affect-you',
        ['first reach out to the Canadian Medical Protective Association'],
        `${R4} §1 Alberta, AMA advice before self-reporting`,
      ),
    ],
  },
  SK: {
    regulator: {
      en: 'College of Physicians and Surgeons of Saskatchewan (CPSS)',
      fr: 'Collège des médecins de la Saskatchewan (CPSS)',
    },
    scope: 'current-described',
    asks: fact(
      {
        en: 'Since 2022 the renewal questions focus on functional impairment, not named conditions. We did not see the exact wording.',
        fr: 'Depuis 2022, les questions de renouvellement portent sur l’incapacité fonctionnelle, et non sur des diagnostics. Nous n’avons pas vu le texte exact.',
      },
      'https://www.cps.sk.ca/imis/CPSS/CPSS/Doctalk/Legally_Speaking/LS_Articles/LS09-02-01-Health-related_Renewal_Questions.aspx',
      [
        'focus on disability or functional impairment',
        'functional impairment (wording not seen; whether "ever" survives is unknown)',
      ],
      `${R4} §2 SK`,
    ),
    helpSeeking: none('§2 tally (no statement found: SK)'),
  },
  MB: {
    regulator: {
      en: 'College of Physicians and Surgeons of Manitoba (CPSM)',
      fr: 'Collège des médecins et chirurgiens du Manitoba (CPSM)',
    },
    scope: 'not-found',
    asks: fact(
      {
        en: 'The annual renewal is one listed way to self-report a health concern. The exact question was not found.',
        fr: 'Le renouvellement annuel est l’une des façons de déclarer un problème de santé. La question exacte n’a pas été trouvée.',
      },
      'https://cpsm.mb.ca/physician-health-program',
      ['several ways to self-report your health concern', 'Exact renewal question: not found.'],
      `${R4} §2 MB`,
    ),
    helpSeeking: fact(
      {
        en: 'The College’s own program says it aims to make it safe to seek help, and calls itself non-punitive.',
        fr: 'Le programme du Collège dit vouloir faire en sorte qu’on puisse demander de l’aide en toute sécurité, et se dit non punitif.',
      },
      'https://cpsm.mb.ca/physician-health-program',
      ['committed to reducing stigma and making it safe to seek help', 'described as non-punitive'],
      `${R4} §2 MB`,
      ['safe', 'nonPunitive'],
    ),
    regulatorProgram: fact(
      {
        en: 'Its Physician Health Program is run by the regulator. Calling it is a way to self-report.',
        fr: 'Son Physician Health Program est géré par l’organisme de réglementation. L’appeler est une façon de faire une déclaration.',
      },
      'https://cpsm.mb.ca/physician-health-program',
      ['CPSM operates its own Physician Health Program', 'several ways to self-report your health concern'],
      `${R4} §1 Manitoba, CPSM PHP`,
    ),
  },
  ON: {
    regulator: {
      en: 'College of Physicians and Surgeons of Ontario (CPSO)',
      fr: 'Ordre des médecins et chirurgiens de l’Ontario (OMCO)',
    },
    scope: 'past',
    asks: fact(
      {
        en: 'A 2023 review quoted the form as asking if you have ever had a medical condition that has affected or could affect your practice.',
        fr: 'Une étude de 2023 cite le formulaire. Il demande si vous avez déjà eu un problème de santé qui a nui ou pourrait nuire à votre pratique.',
      },
      CMAJ,
      ['Have you ever had any medical condition'],
      `${R4} §2 ON`,
    ),
    helpSeeking: fact(
      {
        en: 'The College calls its approach to unwell doctors non-judgmental and focused on recovery. No promise that treatment is not penalized was found.',
        fr: 'L’Ordre dit aborder les médecins malades sans jugement, en misant sur le rétablissement. Aucune promesse de ne pas pénaliser un traitement n’a été trouvée.',
      },
      'https://www.cpso.on.ca/Public-Information-Services/Learn-About-Our-Complaints-Process/Physician-Health-Concerns',
      [
        'non-judgmental and our focus is on rehabilitation',
        'Explicit "treatment will not be penalized": not found.',
      ],
      `${R4} §2 ON`,
    ),
    notes: [
      fact(
        {
          en: 'Its Physician Advisory Service is not a help line, and calls are documented. A call about a colleague’s health may lead the College to act.',
          fr: 'Son service consultatif n’est pas une ligne d’aide, et les appels sont consignés. Un appel au sujet de la santé d’un ou d’une collègue peut mener l’Ordre à agir.',
        },
        'https://doctors.cpso.on.ca/Member-Information/Physician-Advisory-Service',
        ['the College may have to take further action', 'Not a help line.', 'Calls are documented.'],
        `${R4} §1 Ontario, CPSO Physician Advisory Service`,
      ),
    ],
  },
  QC: {
    regulator: { en: 'Collège des médecins du Québec (CMQ)', fr: 'Collège des médecins du Québec (CMQ)' },
    scope: 'past-specific',
    asks: fact(
      {
        en: 'A 2023 review quoted its three questions. They ask if you have or ever had a chronic mental health problem, an active one that restricts your practice, or a dependence.',
        fr: 'Une étude de 2023 cite ses trois questions. Elles demandent si vous avez ou avez déjà eu un problème de santé mentale chronique, un problème actif qui restreint votre pratique, ou une dépendance.',
      },
      CMAJ,
      [
        'chronic mental health problem (e.g. schizophrenia, bipolar illness)',
        'an active mental health problem (e.g. depression) that restricts practice',
      ],
      `${R4} §2 QC`,
    ),
    helpSeeking: none('§2 QC'),
  },
  NB: {
    regulator: {
      en: 'College of Physicians and Surgeons of New Brunswick (CPSNB)',
      fr: 'Collège des médecins et chirurgiens du Nouveau-Brunswick (CPSNB)',
    },
    scope: 'past-specific',
    asks: fact(
      {
        en: 'A 2023 review quoted the form as asking if you have ever been treated for alcohol or drug abuse.',
        fr: 'Une étude de 2023 cite le formulaire. Il demande si vous avez déjà été traité pour abus d’alcool ou de drogues.',
      },
      CMAJ,
      ['Have you ever been treated for alcohol or drug abuse?'],
      `${R4} §2 NB`,
    ),
    helpSeeking: none('§2 NB'),
  },
  NS: {
    regulator: {
      en: 'College of Physicians and Surgeons of Nova Scotia (CPSNS)',
      fr: 'Collège des médecins de la Nouvelle-Écosse (CPSNS)',
    },
    scope: 'current-described',
    asks: fact(
      {
        en: 'At each renewal you must disclose any health condition that may affect patient safety. We did not see the exact wording.',
        fr: 'À chaque renouvellement, vous devez déclarer tout problème de santé qui peut nuire à la sécurité des patients. Nous n’avons pas vu le texte exact.',
      },
      'https://cpsns.ns.ca/physician-health/',
      [
        'must disclose at each annual renewal any health condition that may affect patient safety',
        'Exact wording: not found.',
        'current (as described; wording not seen)',
      ],
      `${R4} §2 NS`,
    ),
    helpSeeking: fact(
      {
        en: 'The College says you cannot be disciplined for having a health condition. You must still report it when required. A disclosure affects your licence only when patient safety is at risk.',
        fr: 'Le Collège dit que vous ne pouvez pas être sanctionné pour un problème de santé. Vous devez quand même le déclarer lorsque c’est exigé. Une déclaration ne touche votre permis que si la sécurité des patients est en jeu.',
      },
      'https://cpsns.ns.ca/physician-health/frequently-asked-questions-from-physicians/',
      [
        'Can I be disciplined for having a health condition … No',
        '(you must still meet the duty to report)',
        'When patient safety is at risk.',
      ],
      `${R4} §2 NS`,
      ['nonPunitive'],
    ),
    regulatorProgram: fact(
      {
        en: 'Its Health and Practice Program, formerly called “Physician Health Program”, is run by the regulator.',
        fr: 'Son Health and Practice Program, autrefois appelé « Physician Health Program », est géré par l’organisme de réglementation.',
      },
      'https://cpsns.ns.ca/physician-health/',
      [
        'CPSNS Health and Practice Program (formerly "Physician Health Program")',
        'The regulator (College of Physicians and Surgeons of Nova Scotia).',
      ],
      `${R4} §1 Nova Scotia, CPSNS`,
    ),
  },
  PE: {
    regulator: {
      en: 'College of Physicians and Surgeons of PEI (CPSPEI)',
      fr: 'Collège des médecins de l’Î.-P.-É. (CPSPEI)',
    },
    scope: 'not-found',
    asks: none('§2 PE'),
    helpSeeking: none('§2 PE'),
  },
  NL: {
    regulator: {
      en: 'College of Physicians and Surgeons of Newfoundland and Labrador (CPSNL)',
      fr: 'Collège des médecins de Terre-Neuve-et-Labrador (CPSNL)',
    },
    scope: 'current',
    asks: fact(
      {
        en: 'A 2023 review quoted the form as asking if you have a health issue that may reasonably risk harm to patients. Of the questions the review quoted, it was the only one following the guidance.',
        fr: 'Une étude de 2023 cite le formulaire. Il demande si vous avez un problème de santé qui peut raisonnablement nuire aux patients. Parmi les questions citées par l’étude, c’est la seule conforme aux recommandations.',
      },
      CMAJ,
      [
        'which may reasonably pose a risk of harm to patients',
        'CMAJ classed it as the only example aligned',
        'the one CMAJ 2023 example aligned with guidance',
      ],
      `${R4} §2 NL`,
    ),
    helpSeeking: fact(
      {
        en: 'The College encourages treatment and keeps health processes separate from discipline. No report is needed while the risk is managed.',
        fr: 'Le Collège encourage à se faire traiter et sépare la santé de la discipline. Aucune déclaration n’est requise si le risque est géré.',
      },
      'https://cpsnl.ca/physician-practice/fitness-to-practice/',
      [
        'keeps health-related processes separate from discipline',
        'No report is required if the risk is being managed.',
      ],
      `${R4} §2 NL`,
    ),
    notes: [
      fact(
        {
          en: 'Unsure whether to self-report? The College suggests asking your treating doctor or the NLMA’s Physician Care Network.',
          fr: 'Vous hésitez à faire une déclaration? Le Collège suggère d’en parler à votre médecin traitant ou au Physician Care Network de la NLMA.',
        },
        'https://cpsnl.ca/physician-practice/fitness-to-practice/',
        ['CPSNL tells registrants unsure whether to self-report to ask their treater or the PCN.'],
        `${R4} §1 Newfoundland and Labrador`,
      ),
    ],
  },
  YT: {
    regulator: { en: 'Yukon Medical Council', fr: 'Conseil médical du Yukon' },
    scope: 'past-specific',
    asks: fact(
      {
        en: 'A 2023 review quoted the form as asking if you have ever abused, depended on or been treated for alcohol or drugs.',
        fr: 'Une étude de 2023 cite le formulaire. Il demande si vous avez déjà abusé de l’alcool ou d’une drogue, ou en avez été dépendant ou traité.',
      },
      CMAJ,
      ['Have you ever abused, been dependent on, or addicted to alcohol or a drug?'],
      `${R4} §2 YT`,
    ),
    helpSeeking: none('§2 YT'),
  },
  NT: {
    regulator: {
      en: 'Registrar, Professional Licensing, Government of the Northwest Territories',
      fr: 'Registraire, Professional Licensing, gouvernement des Territoires du Nord-Ouest',
    },
    scope: 'current-described',
    asks: fact(
      {
        en: 'The current guideline asks you to report a condition that may affect your ability to practise safely or fully. An older, undated, unverified copy of the form also asked about the past.',
        fr: 'La ligne directrice actuelle demande de déclarer un problème de santé qui peut nuire à votre capacité d’exercer en toute sécurité ou de façon complète. Une copie ancienne, non datée et non vérifiée du formulaire portait aussi sur le passé.',
      },
      'https://www.hss.gov.nt.ca/en/services/medical-licence/health-reporting-guidelines-medical-practitioners-regulated-northwest',
      [
        'may affect your ability to practice safely or fully',
        'Have you ever, or are you currently, being treated',
        'current (guideline); history (older form, unverified)',
        'An older, undated third-party copy of the application',
      ],
      `${R4} §2 NT`,
    ),
    helpSeeking: fact(
      {
        en: 'Disclosures are handled with compassion, and outcomes can include no action. No promise against penalties was found.',
        fr: 'Les déclarations sont traitées avec compassion, et il peut n’en découler aucune mesure. Aucune promesse contre les sanctions n’a été trouvée.',
      },
      'https://www.hss.gov.nt.ca/en/services/medical-licence/health-reporting-guidelines-medical-practitioners-regulated-northwest',
      [
        'Disclosures are handled with compassion; outcomes can include no action.',
        'Explicit non-penalization: not found.',
      ],
      `${R4} §2 NT`,
    ),
    regulatorProgram: fact(
      {
        en: 'No physician program was found. Health disclosures go to the Professional Licensing Office, which is the regulator.',
        fr: 'Aucun programme pour les médecins n’a été trouvé. Les déclarations de santé vont au Professional Licensing Office, qui est l’organisme de réglementation.',
      },
      'https://www.hss.gov.nt.ca/en/services/medical-licence/health-reporting-guidelines-medical-practitioners-regulated-northwest',
      [
        'kept strictly confidential with the Professional Licensing Office',
        'The regulator (Registrar, Department of Health and Social Services).',
      ],
      `${R4} §1 Northwest Territories`,
    ),
    notes: [
      fact(
        {
          en: 'Disclosures are kept strictly confidential within the office. They are shared, for example with an assessor, only with your explicit consent.',
          fr: 'Les déclarations restent strictement confidentielles au sein du bureau. Elles ne sont communiquées, par exemple à un évaluateur, qu’avec votre consentement explicite.',
        },
        'https://www.hss.gov.nt.ca/en/services/medical-licence/health-reporting-guidelines-medical-practitioners-regulated-northwest',
        [
          'Disclosures are kept strictly confidential within the office and shared (e.g. with an independent assessor) only with your explicit consent.',
          'kept strictly confidential with the Professional Licensing Office',
        ],
        `${R4} §1 Northwest Territories`,
        ['confidential'],
      ),
    ],
  },
  NU: {
    regulator: {
      en: 'Medical Registration Committee, Government of Nunavut',
      fr: 'Comité d’enregistrement des médecins, gouvernement du Nunavut',
    },
    scope: 'past',
    asks: fact(
      {
        en: 'A 2023 review quoted the form as asking if you have ever had a condition that, should it recur, could put patients at risk.',
        fr: 'Une étude de 2023 cite le formulaire. Il demande si vous avez déjà eu un problème de santé qui, s’il revenait, pourrait mettre des patients en danger.',
      },
      CMAJ,
      ['should it reoccur, reasonably be expected to pose a risk'],
      `${R4} §2 NU`,
    ),
    helpSeeking: none('§2 NU'),
  },
};

/** Canada as a whole: what the guidance says and how far the colleges follow it. */
export const CANADA_LICENSING: SourcedFact = fact(
  {
    en: 'A 2023 review found guidance says to ask only about current impairment, and most Canadian colleges do not follow it.',
    fr: 'Selon une étude de 2023, les recommandations visent seulement l’incapacité actuelle; la plupart des organismes de réglementation canadiens ne les suivent pas.',
  },
  CMAJ,
  ['Most Canadian jurisdictions do not follow the current guidance.'],
  `${R4} §0 CMAJ 2023 review`,
);

/** The United States, only as far as the research states it (section 3). */
export const US_LICENSING: readonly SourcedFact[] = [
  fact(
    {
      en: 'The Federation of State Medical Boards (2018) asks boards whether they need probing mental-health questions at all.',
      fr: 'La Federation of State Medical Boards (2018) demande aux ordres s’ils ont vraiment besoin de questions poussées sur la santé mentale.',
    },
    'https://vdocuments.mx/physician-wellness-and-burnout-fsmb-1-physician-wellness-and-burnout-report.html',
    ['whether it is necessary to include probing questions'],
    `${R4} §3 FSMB policy`,
  ),
  fact(
    {
      en: 'Its suggested question asks only about a current condition, not properly treated, that impairs your judgment or ability to practise.',
      fr: 'Sa question type vise seulement un problème actuel, qui n’est pas traité de façon appropriée, et qui nuit à votre jugement ou à votre pratique.',
    },
    'https://drlornabreen.org/identifying-the-champions/',
    [
      'Are you currently suffering from any condition for which you are not being appropriately treated',
      'that impairs your judgment or ability to practise?',
    ],
    `${R4} §3 FSMB recommended question`,
  ),
  fact(
    {
      en: 'On 2020 applications, 76% of US boards limited mental-health questions to the last 2 years, and 72% to impairment.',
      fr: 'Dans les demandes de 2020, 76\u00a0% des ordres américains limitaient ces questions aux 2\u00a0dernières années, et 72\u00a0% à l’incapacité.',
    },
    'https://pmc.ncbi.nlm.nih.gov/articles/8132137',
    [
      '41 (76%) limited them to the last 2 years ("only current")',
      '39 of 54 (72%) limited mental-health questions to impairment',
    ],
    `${R4} §3 JAMA 2021 audit`,
  ),
  // Newer than the 2020 shares above, which are dated: a count, not a share, from the Breen Foundation.
  fact(
    {
      en: 'By 1 April 2024, 27 state medical boards had reviewed and changed their applications, says the Lorna Breen Foundation.',
      fr: 'Au 1er avril 2024, 27 ordres des médecins d’États avaient revu et modifié leurs formulaires, selon la Lorna Breen Foundation.',
    },
    'https://drlornabreen.org/removebarriers',
    [
      'As of April 1, 2024, 27 state medical boards',
      'As of **1 April 2024: 27 state medical boards** had audited and changed their applications',
    ],
    `${R4} §3 Breen Foundation counts over time`,
  ),
  fact(
    {
      en: 'Only North Carolina met all four recommendations the audit could check.',
      fr: 'Seule la Caroline du Nord respectait les quatre recommandations vérifiables.',
    },
    'https://mdedge9-ma1.mdedge.com/obgyn/article/241064/depression/medical-licensing-questions-continue-violate-ada',
    ['Only North Carolina met all four'],
    `${R4} §3 JAMA 2021 audit`,
  ),
];

/** The US program whose confidentiality the view repeats (issue 22): its terms live in before-you-call.ts. */
export const US_SUPPORT_LINE_ID = 'physician-support-line';

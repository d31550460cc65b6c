import type { Source } from './types';

/** A source for a guide's wording, with when this project last checked what the product says from it. */
export interface ReviewedSource extends Source {
  /** ISO date of the last review of what the product says from this source. */
  reviewed: string;
}

const REVIEWED = '2026-11-22';

/**
 * Every source the guides (after a difficult event, starting peer support) draw on, once; each guide
 * lists the ids it cites (research/content-facts-2.md sections 1, 3 and 4; content-facts.md 1.4, 2, 4).
 */
export const GUIDE_SOURCES = {
  ucdavis: {
    title: 'Second victim syndrome',
    publisher: 'UC Davis Health',
    url: 'https://health.ucdavis.edu/well-being/resources/second-victim-syndrome',
    reviewed: REVIEWED,
  },
  'mu-responses': {
    title: 'forYOU team: common responses and symptoms',
    publisher: 'University of Missouri Health Care',
    url: 'http://www.muhealth.org/about/quality-of-care/office-of-clinical-effectiveness/foryou-team/caring-for-caregivers/common-responses-and-symptoms/',
    reviewed: REVIEWED,
  },
  'mu-stages': {
    title: 'forYOU team: stress scenarios',
    publisher: 'University of Missouri Health Care',
    url: 'http://www.muhealth.org/about/quality-of-care/office-of-clinical-effectiveness/foryou-team/caring-for-caregivers/stress-scenarios/',
    reviewed: REVIEWED,
  },
  'mu-support': {
    title: 'forYOU team: one-to-one support',
    publisher: 'University of Missouri Health Care',
    url: 'http://muhealth.org/body.cfm?id=6844',
    reviewed: REVIEWED,
  },
  'mu-tiers': {
    title: 'forYOU team: three tiers of support',
    publisher: 'University of Missouri Health Care',
    url: 'https://www.muhealth.org/body_foryouteam.cfm?id=6843',
    reviewed: REVIEWED,
  },
  fraser: {
    title: 'Peer-to-peer psychological first aid',
    publisher: 'Fraser Health',
    url: 'https://www.fraserhealth.ca/employees/employee-resources/your-health-matters/mental-health/peer-to-peer-psychological-first-aid',
    reviewed: REVIEWED,
  },
  stanford: {
    title: 'Peer support',
    publisher: 'Stanford Medicine WellMD',
    url: 'https://wellmd.stanford.edu/get-help/peer-support.html',
    reviewed: REVIEWED,
  },
  'ama-steps': {
    title: 'Peer Support Programs for Physicians',
    publisher: 'American Medical Association, STEPS Forward',
    url: 'https://edhub.ama-assn.org/steps-forward/module/2767766',
    reviewed: REVIEWED,
  },
  welldoc: {
    title: 'Helping Each Other Through Challenges: Providing Informal Physician-to-Physician Peer Support',
    publisher: 'Well Doc Alberta',
    url: 'https://www.welldocalberta.org/peer-support-bulletin',
    reviewed: REVIEWED,
  },
  'cmpa-colleagues': {
    title: 'Let’s talk about it: Supporting colleagues through medico-legal challenges',
    publisher: 'Canadian Medical Protective Association',
    url: 'https://www.cmpa-acpm.ca/en/advice-publications/browse-articles/2024/supporting-colleagues-through-medico-legal-challenges',
    reviewed: REVIEWED,
  },
  'cmpa-peer-support': {
    title: 'Reduce the risks of peer support for physicians: protect confidentiality of information',
    publisher: 'Canadian Medical Protective Association',
    url: 'https://www.cmpa-acpm.ca/en/advice-publications/browse-articles/2025/reduce-the-risks-of-peer-support-for-physicians-protect-confidentiality-of-information',
    reviewed: REVIEWED,
  },
  'cma-continuum': {
    title: 'Pandemic Wellness Toolkit: check your vitals',
    publisher: 'Canadian Medical Association, Physician Wellness Hub',
    url: 'https://www.cma.ca/physician-wellness-hub/pandemic-wellness-toolkit',
    reviewed: REVIEWED,
  },
  'uottawa-peer-support': {
    title: 'Peer support and services',
    publisher: 'University of Ottawa, Faculty of Medicine',
    url: 'https://uottawa.ca/faculty-medicine/faculty-affairs/faculty-wellness-program/peer-support-and-services',
    reviewed: REVIEWED,
  },
  'cma-buddy': {
    title: "Buddy system: what it is and why it's important",
    publisher: 'Canadian Medical Association, Physician Wellness Hub',
    url: 'https://www.cma.ca/physician-wellness-hub/content/buddy-system-what-it-and-why-it-important',
    reviewed: REVIEWED,
  },
  'oma-buddy': {
    title: 'COVID-19 wellness resources: support for learners (OMA Work Buddy System)',
    publisher: 'Canadian Association of Emergency Physicians',
    url: 'https://caep.ca/covid-19-wellness-resources/support-learners/',
    reviewed: REVIEWED,
  },
  'uw-supporter': {
    title: 'About the peer supporter role',
    publisher: 'UW Medicine',
    url: 'https://faculty.uwmedicine.org/resources/about-the-peer-supporter-role/',
    reviewed: REVIEWED,
  },
  'bc-scope': {
    title: 'What is peer support',
    publisher: 'Divisions of Family Practice, North Shore Physician Peer Support Program',
    url: 'https://divisionsbc.ca/north-shore-menu/ns-physician-peer-support-program/what-peer-support',
    reviewed: REVIEWED,
  },
  balint: {
    title: 'Balint groups (Canadian Family Physician 2012;58(3):245)',
    publisher: 'The College of Family Physicians of Canada',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC3303639',
    reviewed: REVIEWED,
  },
  schwartz: {
    title: 'Schwartz Rounds',
    publisher: 'UC Davis Health',
    url: 'https://health.ucdavis.edu/nurse/palliative-care/schwartz-rounds.html',
    reviewed: REVIEWED,
  },
  'cma-wellness-connection': {
    title: 'Wellness Connection: frequently asked questions',
    publisher: 'Canadian Medical Association',
    url: 'https://www.cma.ca/physician-wellness-hub/wellness-connection/frequently-asked-questions-faqs',
    reviewed: REVIEWED,
  },
  'hopkins-roadmap': {
    title: 'Peer Support Roadmap: four parts',
    publisher: 'Johns Hopkins Armstrong Institute',
    url: 'https://hopkinsmedicine.org/armstrong-institute/peer-support-roadmap/four-parts',
    reviewed: REVIEWED,
  },
  brigham: {
    title: 'Peer support program',
    publisher: 'Brigham and Women’s Hospital',
    url: 'https://www.brighamandwomens.org/about-bwh/omcoss/peer-support-program',
    reviewed: REVIEWED,
  },
  shapiro: {
    title: 'Peer support for clinicians: a programmatic approach (Acad Med 2016;91(9)), summary',
    publisher: 'LifeBridge Chattanooga',
    url: 'https://www.lifebridgechattanooga.org/new-blog/2018/8/27/peer-support-for-clinicians-a-programmatic-approach',
    reviewed: REVIEWED,
  },
  'bc-initiative': {
    title: 'Peer Support Initiative',
    publisher: 'Physician Health Program of BC',
    url: 'https://www.physicianhealth.com/peer-support-initiative/',
    reviewed: REVIEWED,
  },
  mspei: {
    title: 'MSPEI story',
    publisher: 'Canadian Medical Association, Physicians First',
    url: 'https://www.cma.ca/physiciansfirst/MSPEI-story',
    reviewed: REVIEWED,
  },
  'welldoc-expands': {
    title: 'Well Doc initiative expands beyond Alberta',
    publisher: 'Canadian Healthcare Technology',
    url: 'https://www.canhealth.com/2024/09/04/well-doc-initiative-expands-beyond-alberta/',
    reviewed: REVIEWED,
  },
} as const satisfies Record<string, Omit<ReviewedSource, 'id'>>;

export type GuideSourceId = keyof typeof GUIDE_SOURCES;

/** The sources a guide cites, in the order given, each with its id. */
export function guideSources<Id extends GuideSourceId>(ids: readonly Id[]): (ReviewedSource & { id: Id })[] {
  const all: Record<GuideSourceId, Omit<ReviewedSource, 'id'>> = GUIDE_SOURCES;
  return ids.map((id) => ({ id, ...all[id] }));
}

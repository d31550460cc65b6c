import type { Source } from './types';

/**
 * The published guidance this project's HELP wording draws on (research/content-facts.md,
 * sections 1-3, 3.3, 5.3 and 6). Titles are cited as published.
 */
export const HELP_SOURCES = [
  {
    id: 'cma-distressed',
    title: 'Recognizing and responding to distressed physicians and learners',
    publisher: 'Canadian Medical Association, Physician Wellness Hub',
    url: 'https://www.cma.ca/physician-wellness-hub/resources/peer-support/recognizing-and-responding-distressed-physicians-and-learners',
  },
  {
    // Lists the CMA's "Stay connected" page (the HELP acronym), the Well Doc Alberta bulletin and the
    // distressed-colleague guide. The "Stay connected" page's own address is not in our research.
    id: 'cma-informal-peer-support',
    title: 'Informal peer support resources',
    publisher: 'Canadian Medical Association, Wellness Connection',
    url: 'https://community.cma.ca/en/wellness-connection/w/education-resources/14/informal-peer-support-resources',
  },
  {
    id: 'ucalgary',
    title: 'Assisting a Colleague in Distress',
    publisher: 'University of Calgary, Cumming School of Medicine',
    url: 'https://cumming.ucalgary.ca/office/professionalism-equity-diversity/wellness/assisting-colleague-distress',
  },
  {
    id: 'bhmsa',
    title: 'How to approach a struggling colleague',
    publisher: 'BHMSA',
    url: 'https://bhmsa.ca/how-to-approach-a-struggling-colleague/',
  },
  {
    id: 'acep',
    title: 'Peer Support Basics',
    publisher: 'American College of Emergency Physicians',
    url: 'https://www.acep.org/life-as-a-physician/peer-support-project/psp-articles/peer-support-basics/',
  },
  {
    id: 'ruok',
    title: 'Learn the signs and how to ask R U OK?',
    publisher: 'Curtin University',
    url: 'https://news.curtin.edu.au/stories/learn-the-signs-and-how-to-ask-r-u-ok/',
  },
  {
    id: 'welldoc',
    title: 'Helping Each Other Through Challenges: Providing Informal Physician-to-Physician Peer Support',
    publisher: 'Well Doc Alberta',
    url: 'https://www.welldocalberta.org/peer-support-bulletin',
  },
  {
    id: 'rise',
    title: 'RISE: Resilience In Stressful Events',
    publisher: 'Johns Hopkins Bloomberg School of Public Health',
    url: 'https://publichealth.jhu.edu/center-for-health-services-outcomes-research/research/patient-safety/rise-resilience-in-stressful-events',
  },
  {
    id: 'fasap',
    title: 'Helping a colleague: what to do',
    publisher: 'Johns Hopkins Faculty and Staff Assistance Program',
    url: 'http://hopkinsworklife.org/employee_assistance/fasap/help_colleague/what_to_do/',
  },
  {
    id: 'doc-to-doc',
    title: 'Doc-to-Doc',
    publisher: 'Columbus Medical Association',
    url: 'https://columbusmedicalassociation.org/doctodoc',
  },
  {
    id: 'mdedge',
    title: 'Your colleague appears depressed. Now what?',
    publisher: 'MDedge',
    url: 'https://www.mdedge.com/pediatrics/article/215520/mental-health/your-colleague-appears-depressed-now-what',
  },
  {
    id: 'unc-spi',
    title: 'I want to learn how to help someone who is having thoughts of suicide',
    publisher: 'UNC Suicide Prevention Institute',
    url: 'https://spi.unc.edu/i-want-to-learn-how-to-help-someone-who-is-having-thoughts-of-suicide',
  },
  {
    id: 'cma-buddy',
    title: "Buddy system: what it is and why it's important",
    publisher: 'Canadian Medical Association, Physician Wellness Hub',
    url: 'https://www.cma.ca/physician-wellness-hub/content/buddy-system-what-it-and-why-it-important',
  },
  {
    id: 'oma-buddy',
    title: 'COVID-19 wellness resources: support for learners (OMA Work Buddy System)',
    publisher: 'Canadian Association of Emergency Physicians',
    url: 'https://caep.ca/covid-19-wellness-resources/support-learners/',
  },
  {
    id: 'cmpa',
    title: 'Reduce the risks of peer support for physicians: protect confidentiality of information',
    publisher: 'Canadian Medical Protective Association',
    url: 'https://www.cmpa-acpm.ca/en/advice-publications/browse-articles/2025/reduce-the-risks-of-peer-support-for-physicians-protect-confidentiality-of-information',
  },
  {
    id: 'racgp',
    title: 'Concern for a colleague',
    publisher: 'Royal Australian College of General Practitioners',
    url: 'https://www.racgp.org.au/wellbeing/resources-hub-gps-in-training/concern-for-a-colleague',
  },
] as const satisfies readonly Source[];

export type HelpSourceId = (typeof HELP_SOURCES)[number]['id'];

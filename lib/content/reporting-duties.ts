import { countryOf, provinceOf, type Province, type RegionCode } from '../region/region';
import type { Localized } from './types';

/** A page that says what a jurisdiction expects when a colleague may be impaired. */
export interface ReportingSource {
  name: Localized;
  url: string;
}

/**
 * Where duties to report an impaired colleague are described (research/content-facts-2.md, 2.2
 * and 2.3; Newfoundland and Labrador and the Northwest Territories: content-facts-3.md, 4). The product only says that these duties differ and links the sources: no legal advice.
 * Provinces and territories without a source found are left out; the CMPA page covers them.
 */
export const CMPA_REPORTING: ReportingSource = {
  name: {
    en: 'CMPA: do you need to report another health professional?',
    fr: 'ACPM : devez-vous signaler un autre professionnel de la santé?',
  },
  url: 'https://www.cmpa-acpm.ca/en/advice-publications/browse-articles/2010/do-you-need-to-report-another-health-professional',
};

export const REPORTING_SOURCES: Partial<Record<Province | 'US', ReportingSource>> = {
  ON: {
    name: {
      en: 'CPSO: concerns about a doctor’s health',
      fr: 'OMCO : inquiétudes au sujet de la santé d’un ou d’une médecin',
    },
    url: 'https://www.cpso.on.ca/en/Public/Services/Complaints-and-Concerns/Concerns-about-a-Doctors-Health',
  },
  BC: {
    name: { en: 'CPSBC: duty to report', fr: 'CPSBC : obligation de signaler' },
    url: 'https://www.cpsbc.ca/registrants/current-registrants/duty-report-guide',
  },
  AB: {
    name: {
      en: 'CPSA: concerns about a colleague’s health',
      fr: 'CPSA : inquiétudes au sujet de la santé d’un ou d’une collègue',
    },
    url: 'https://cpsa.ca/faqs/who-should-i-contact-if-i-have-concerns-about-a-colleagues-health-condition-and-its-impact-on-safe-patient-care/',
  },
  QC: {
    name: {
      en: 'Code of ethics of physicians, section 119',
      fr: 'Code de déontologie des médecins, article 119',
    },
    url: 'https://www.legisquebec.gouv.qc.ca/en/version/cr/M-9,%20r.%2017?code=se:119&history=20220809',
  },
  MB: {
    name: {
      en: 'CPSM: concerns about a colleague go to its Physician Health Program',
      fr: 'CPSM : les inquiétudes au sujet d’un ou d’une collègue vont à son programme de santé des médecins',
    },
    url: 'http://cpsm.mb.ca/news/three-things-you-may-not-know-about-the-physician-health-program',
  },
  NL: {
    name: {
      en: 'CPSNL: duty to report a colleague',
      fr: 'CPSNL : obligation de signaler un ou une collègue',
    },
    url: 'https://cpsnl.ca/complaints-discipline/filing-a-complaint/duty-to-report-a-colleague/',
  },
  NT: {
    name: {
      en: 'NWT: health reporting guidelines for medical practitioners',
      fr: 'T.N.-O. : lignes directrices sur la déclaration en santé pour les médecins',
    },
    url: 'https://www.hss.gov.nt.ca/en/services/medical-licence/health-reporting-guidelines-medical-practitioners-regulated-northwest',
  },
  NS: {
    name: { en: 'CPSNS: duty to report', fr: 'CPSNS : obligation de signaler' },
    url: 'https://cpsns.ns.ca/resource/duty-to-report-health-professionals/',
  },
  US: {
    name: {
      en: 'AMA Code of Medical Ethics: impaired colleagues',
      fr: 'Code d’éthique médicale de l’AMA : collègues en état d’incapacité',
    },
    url: 'https://www.ama-assn.org/delivering-care/ethics/physician-responsibilities-impaired-colleagues',
  },
};

/** The pages to link for a region: the CMPA's overview in Canada, then the local rules where found. */
export function reportingSourcesFor(region: RegionCode): ReportingSource[] {
  if (countryOf(region) === 'US') return [REPORTING_SOURCES.US!];
  const province = provinceOf(region);
  const local = province ? REPORTING_SOURCES[province] : undefined;
  return local ? [CMPA_REPORTING, local] : [CMPA_REPORTING];
}

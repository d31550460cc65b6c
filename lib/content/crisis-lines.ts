import { REVIEWED } from './reviewed';
import type { Country } from './regions';
import type { DialNumber, Localized } from './types';

export interface CrisisLines {
  /** The national suicide crisis line: call or text. */
  crisis: DialNumber & { name: Localized; about: Localized };
  emergency: DialNumber;
}

/** Numbers from research/verified-numbers.md only (sections 5.2 and 6.2 of content-facts.md). */
export const CRISIS_LINES: Record<Country, CrisisLines> = {
  CA: {
    crisis: {
      display: '9-8-8',
      digits: '988',
      name: {
        en: '9-8-8 Suicide Crisis Helpline',
        fr: '9-8-8\u00a0: Ligne d’aide en cas de crise de suicide',
      },
      about: {
        en: 'Call or text, 24/7, in English or French. For anyone thinking about suicide or worried about someone.',
        fr: 'Appel ou texto, 24\u00a0h sur 24, 7\u00a0jours sur 7, en français ou en anglais. Pour toute personne qui pense au suicide ou qui s’inquiète pour quelqu’un.',
      },
      sourceUrl:
        'https://www.newswire.ca/news-releases/government-of-canada-launches-three-digit-suicide-crisis-helpline-896472116.html',
      reviewed: REVIEWED,
    },
    emergency: {
      display: '911',
      digits: '911',
      sourceUrl: 'https://spi.unc.edu/i-want-to-learn-how-to-help-someone-who-is-having-thoughts-of-suicide',
      reviewed: REVIEWED,
    },
  },
  US: {
    crisis: {
      display: '988',
      digits: '988',
      name: { en: '988 Suicide & Crisis Lifeline', fr: '988 Suicide & Crisis Lifeline' },
      about: {
        en: 'Call or text, 24/7, free and confidential. Spanish is also offered.',
        fr: 'Appel ou texto, 24\u00a0h sur 24, 7\u00a0jours sur 7, gratuit et confidentiel. Service offert aussi en espagnol.',
      },
      sourceUrl: 'https://familyandcaregivertoolkit.org/988-crisis-lifeline',
      reviewed: REVIEWED,
    },
    emergency: {
      display: '911',
      digits: '911',
      sourceUrl: 'https://spi.unc.edu/i-want-to-learn-how-to-help-someone-who-is-having-thoughts-of-suicide',
      reviewed: REVIEWED,
    },
  },
};

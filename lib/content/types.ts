/** Text that exists in both product languages. Content data is bilingual at the source. */
export interface Localized {
  en: string;
  fr: string;
}

export type Lang = keyof Localized;

/** Where a fact or a piece of guidance comes from, as cited in the product. */
export interface Source {
  id: string;
  /** The publisher's own title, cited as published (not translated). */
  title: string;
  publisher: string;
  url: string;
}

/** A number the product may dial, with where it was verified and when it was last reviewed. */
export interface DialNumber {
  /** As people write it in that country, e.g. "9-8-8". */
  display: string;
  /** Digits only, for dial and text links. */
  digits: string;
  sourceUrl: string;
  /** ISO date of the last review of this entry. */
  reviewed: string;
}

export type Surface = 'popup' | 'sidepanel' | 'options';

/** What the first render needs to know, read synchronously. */
export interface Environment {
  uiLanguage: string;
  /** Read only when a region has to be guessed, so start-up does not wait for it. */
  timeZone: () => string | undefined;
}

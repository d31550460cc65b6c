export type Surface = 'popup' | 'sidepanel' | 'options';

/** What the first render needs to know, read synchronously. */
export interface Environment {
  /** The language this page speaks (the chosen one, if the user or the institution chose). */
  uiLanguage: string;
  /** The browser's own language, which `auto` follows when no institution sets one. */
  browserLanguage: string;
  /** Read only when a region has to be guessed, so start-up does not wait for it. */
  timeZone: () => string | undefined;
}

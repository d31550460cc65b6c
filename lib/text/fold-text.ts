/** ASCII text: nothing to decompose; of its characters only "^" and "`" are diacritics. */
const NOT_ASCII = /[^\u0000-\u007f]/; // eslint-disable-line no-control-regex -- a range, not a character

/** Lower case, no accents: "Médecins" and "medecins" read the same. For search, in memory only. */
export function foldText(text: string): string {
  // The quick way for ASCII gives the same result: a first search over a large journal folds
  // megabytes of text, and Unicode decomposition is most of that time (issue 21).
  if (!NOT_ASCII.test(text)) return text.replace(/[\^`]/g, '').toLowerCase();
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

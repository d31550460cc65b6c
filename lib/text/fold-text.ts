/** Lower case, no accents: "Médecins" and "medecins" read the same. For search, in memory only. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

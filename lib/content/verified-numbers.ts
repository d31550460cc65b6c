/**
 * Every number the product may dial or show, copied from research/verified-numbers.md as dial URIs.
 * The data tests hold the content to this list, and scripts/test.sh runs the research project's
 * check-numbers.mjs, which holds this list to the research file. Change both together.
 */
export const VERIFIED_DIAL_URIS = [
  'tel:988', // 9-8-8 Suicide Crisis Helpline (Canada) and 988 Suicide & Crisis Lifeline (US), call or text
  'tel:911', // emergency services, Canada and US
  'tel:1-800-267-6522', // CMPA physician advisors
  'tel:1-800-851-6606', // OMA Physician Health Program
  'tel:1-866-435-7362', // PARO 24/7 distress helpline (1-866-HELP-DOC)
  'tel:1-888-424-1068', // Black Physicians Association of Ontario
  'tel:613-562-5211', // uOttawa Faculty Wellness Program
  'tel:613-722-6914', // Mental Health Crisis Line, Ottawa area
  'tel:1-866-996-0991', // Mental Health Crisis Line, toll-free
  'tel:1-877-767-4637', // AMA Physician and Family Support Program (1-877-SOS-4MDS)
  'tel:1-800-663-6729', // Physician Health Program of BC, 24/7
  'tel:604-398-4300', // Physician Health Program of BC, office
  'tel:1-236-361-9090', // IMPACT rural peer support, BC
  'tel:1-800-667-3781', // SMA Physician Health Program
  'tel:306-657-4571', // SMA Physician Health Program, director
  'tel:204-560-4205', // CPSM Physician Health Program
  'tel:1-855-275-8215', // Doctors NS Professional Support Program
  'tel:902-468-8215', // Doctors NS Professional Support Program, local
  'tel:1-888-409-0141', // Physician Support Line (US)
  'tel:919-870-4480', // North Carolina Physicians Health Program
  'tel:1-800-661-0844', // NWT Help Line (content-facts-3.md, 3)
] as const;

const KEYPAD: Record<string, string> = Object.fromEntries(
  ['ABC', 'DEF', 'GHI', 'JKL', 'MNO', 'PQRS', 'TUV', 'WXYZ'].flatMap((letters, i) =>
    [...letters].map((letter) => [letter, String(i + 2)]),
  ),
);

/** Digits as dialled in North America: letters read off the keypad, the leading 1 dropped. */
export function normalizeDigits(number: string): string {
  const digits = [...number.toUpperCase()].map((ch) => (/\d/.test(ch) ? ch : (KEYPAD[ch] ?? ''))).join('');
  return digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits;
}

export const VERIFIED_DIGITS: ReadonlySet<string> = new Set(
  VERIFIED_DIAL_URIS.map((uri) => normalizeDigits(uri.slice('tel:'.length))),
);

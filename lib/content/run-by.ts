/**
 * Who runs a program, in the words a caller needs: the regulator is never "just a program". Its own
 * module so policy validation can name the kinds without loading the facts.
 */
export const RUN_BY = [
  'association',
  'regulator',
  'university',
  'employer',
  'independent',
  'public',
] as const;
export type RunBy = (typeof RUN_BY)[number];

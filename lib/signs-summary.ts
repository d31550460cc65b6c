import { INDICATORS } from './content/indicators';

export interface SignsSummary {
  /** At least one red flag is ticked: escalate now. */
  redFlag: boolean;
  /** How many ordinary (not red-flag) signs are ticked. */
  otherCount: number;
}

export function summarizeSigns(ticked: ReadonlySet<string>): SignsSummary {
  const chosen = INDICATORS.filter((indicator) => ticked.has(indicator.id));
  return {
    redFlag: chosen.some((indicator) => indicator.redFlag),
    otherCount: chosen.filter((indicator) => !indicator.redFlag).length,
  };
}

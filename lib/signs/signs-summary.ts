import { INDICATORS, URGENT_KINDS, type UrgentKind } from '../content/indicators';

export interface SignsSummary {
  /** At least one red flag is ticked: escalate now. */
  redFlag: boolean;
  /** The urgent blocks to show, most pressing first: a threat to others, suicide, impaired at work. */
  urgentKinds: UrgentKind[];
  /** How many ordinary (not red-flag) signs are ticked. */
  otherCount: number;
}

export function summarizeSigns(ticked: ReadonlySet<string>): SignsSummary {
  const chosen = INDICATORS.filter((indicator) => ticked.has(indicator.id));
  const kinds = new Set(chosen.map((indicator) => indicator.urgent));
  return {
    redFlag: chosen.some((indicator) => indicator.redFlag),
    urgentKinds: URGENT_KINDS.filter((kind) => kinds.has(kind)),
    otherCount: chosen.filter((indicator) => !indicator.redFlag).length,
  };
}

/** The urgent block a sign opens, if it is a red flag. */
export function urgentKindOf(id: string): UrgentKind | undefined {
  return INDICATORS.find((indicator) => indicator.id === id)?.urgent;
}

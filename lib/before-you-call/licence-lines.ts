import type { LicenceForm } from '../content/licence-forms';
import { PROVINCES, type Province } from '../content/regions';
import { FACTS_REVIEWED, isStated, type Fact } from '../content/sourced-facts';
import type { Lang } from '../content/types';
import type { RegionCode } from '../region/region';
import type { TermsLine } from './terms-lines';

/** A province or territory, or the US. */
export type LicencePlace = Province | 'US';

/** Which licence form to show first: the user's province or territory, the US, else Ontario. */
export function licencePlaceFor(region: RegionCode): LicencePlace {
  if (region === 'US') return 'US';
  const province = region.slice(3);
  // "Canada, no province": Ontario, the founding programs' province, until the user picks.
  return province in PROVINCES ? (province as Province) : 'ON';
}

const line = (field: TermsLine['field'], fact: Fact, lang: Lang): TermsLine =>
  isStated(fact)
    ? { field, text: fact.text[lang], sourceUrl: fact.sourceUrl, reviewed: fact.reviewed }
    : { field, text: null, reviewed: FACTS_REVIEWED };

/** A regulator's entry as lines: what the form asks, seeking help, its own program, then notes. */
export function licenceLines(form: LicenceForm, lang: Lang): TermsLine[] {
  return [
    line('asks', form.asks, lang),
    line('helpSeeking', form.helpSeeking, lang),
    ...(form.regulatorProgram ? [line('regulatorProgram', form.regulatorProgram, lang)] : []),
    ...(form.notes ?? []).map((note) => line('note', note, lang)),
  ];
}

import { PHYSICIAN_PROGRAMS, type PhysicianProgram } from './content/physician-programs';
import { countryOf, provinceOf, type RegionCode } from './region';

/** The physician health programs for a region; none for "Canada, no province" (national lines cover it). */
export function programsFor(region: RegionCode): PhysicianProgram[] {
  if (countryOf(region) === 'US') return PHYSICIAN_PROGRAMS.US ?? [];
  const province = provinceOf(region);
  return province ? (PHYSICIAN_PROGRAMS[province] ?? []) : [];
}

/** Programs answered around the clock: what someone in crisis can call tonight. */
export function twentyFourSevenPrograms(region: RegionCode): PhysicianProgram[] {
  return programsFor(region).filter((program) => program.is24h);
}

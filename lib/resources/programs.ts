import type { ClinicianRole } from '../content/clinician-roles';
import { PHYSICIAN_PROGRAMS, type PhysicianLine, type PhysicianProgram } from '../content/physician-programs';
import { REGULATOR_RUN_IDS } from '../content/regulator-run';
import { RESOURCES } from '../content/resources';
import { countryOf, provinceOf, type RegionCode } from '../region/region';

/** The physician health programs for a region; none for "Canada, no province" (national lines cover it). */
export function programsFor(region: RegionCode): PhysicianProgram[] {
  if (countryOf(region) === 'US') return PHYSICIAN_PROGRAMS.US ?? [];
  const province = provinceOf(region);
  return province ? (PHYSICIAN_PROGRAMS[province] ?? []) : [];
}

// The CMA Wellness Support Line runs only in some provinces and territories (content-facts-2.md, 6);
// where it runs, it is one of the region's physician lines.
const CMA_SUPPORT_LINE = 'cma-support-line';
// Where no program was found (the Northwest Territories), the territory's own help line and these
// national options stand in (content-facts-3.md, 3).
const NATIONAL_OPTIONS = ['cma-wellness-connection', 'cmpa'];
const LOCAL_OPTIONS = ['nwt-help-line'];

const hasDetails = (program: PhysicianProgram): program is PhysicianLine =>
  Boolean(program.audience && program.hours && program.serves);

/**
 * Every physician line of a region, each saying whom it serves and when: the user's own lines
 * first when they said their role in Settings, then those answered around the clock. A program
 * the regulator runs comes after all of them: calling it can be a self-report, not the same kind
 * of help as a support program (content-facts-4-licensing.md, 5).
 */
export function physicianLinesFor(region: RegionCode, role: ClinicianRole | null = null): PhysicianLine[] {
  const supportLine = RESOURCES.filter((r) => r.id === CMA_SUPPORT_LINE && r.regions.includes(region));
  const lines = [...programsFor(region), ...supportLine].filter(hasDetails);
  const rank = (line: PhysicianLine) =>
    (REGULATOR_RUN_IDS.includes(line.id) ? 4 : 0) +
    (role && !line.serves.includes(role) ? 2 : 0) +
    (line.is24h ? 0 : 1);
  return lines
    .map((line, i) => ({ line, i }))
    .sort((a, b) => rank(a.line) - rank(b.line) || a.i - b.i)
    .map(({ line }) => line);
}

/**
 * The physician lines a guide's screen lists: `physicianLinesFor`'s, in its order (the user's own
 * first, the regulator's last), with the CMA Support Line only where the region has no program of
 * its own (Yukon, Nunavut), rather than "none found". Beside a program of the region's own it made
 * the screen overflow the 380x600 popup (difficult-event.e2e: 649 px in Saskatchewan, 688 px in
 * Nova Scotia in French, 614 px in Newfoundland. With the cards shortened since: Saskatchewan 630 px
 * in English; Newfoundland fits in English, 670 px in French); the guide's urgent block lists it.
 */
export function guideLinesFor(region: RegionCode, role: ClinicianRole | null = null): PhysicianLine[] {
  const lines = physicianLinesFor(region, role);
  return programsFor(region).length > 0 ? lines.filter((line) => line.id !== CMA_SUPPORT_LINE) : lines;
}

/**
 * What to show where a chosen province or territory has no program of its own: a line for anyone
 * there, if one was found, then the national options.
 */
export function nationalOptions(region?: RegionCode): PhysicianProgram[] {
  const local = RESOURCES.filter((r) => LOCAL_OPTIONS.includes(r.id) && region && r.regions.includes(region));
  return [...local, ...RESOURCES.filter((r) => NATIONAL_OPTIONS.includes(r.id))];
}

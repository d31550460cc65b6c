import type { Contact } from '../../lib/people/contacts';
import { CRISIS_LINES } from '../../lib/content/crisis-lines';
import { HELP_STEPS } from '../../lib/content/help';
import { CARD_AUDIENCES, CARD_HELP_LINES, CARD_LABELS } from '../../lib/content/pocket-card';
import { REGULATOR_RUN_IDS } from '../../lib/content/regulator-run';
import type { Lang } from '../../lib/content/types';
import { programsFor } from '../../lib/resources/programs';
import { countryOf, type RegionCode } from '../../lib/region/region';

/** On the badge-sized card, a program's English name without its French gloss (the name stays whole). */
function cardName(program: { name: { en: string; fr: string } }, lang: Lang): string {
  return program.name.fr.startsWith(program.name.en) ? program.name.en : program.name[lang];
}

interface Props {
  lang: Lang;
  region: RegionCode;
  /** Shown only when the user ticked it; never stored. */
  buddy?: Contact;
}

/**
 * A badge-sized card, front and back, in the card's own language. Each side is one printed page
 * (print.css names the page size); every line is a `.card-line` so the tests can check it fits.
 */
export function PocketCard({ lang, region, buddy }: Props) {
  const crisis = CRISIS_LINES[countryOf(region)];
  // Only lines with a verified number: a printed card cannot follow a link. Not a program the
  // regulator runs: under "someone in danger", its line would be a way to self-report, not help.
  const programs = programsFor(region).filter((p) => p.lines.length > 0 && !REGULATOR_RUN_IDS.includes(p.id));
  const buddyNumber = buddy?.phone ?? buddy?.text;
  return (
    <div class="pocket-card" lang={lang}>
      <section class="card-side card-front" aria-label={CARD_LABELS.help[lang]}>
        <p class="card-title card-line">{CARD_LABELS.help[lang]}</p>
        <ul class="card-help">
          {HELP_STEPS.map((step) => (
            <li key={step.id} class="card-line">
              <strong class="card-letter">{step.letter}</strong>{' '}
              <strong>{CARD_HELP_LINES[step.id].title[lang]}</strong> {CARD_HELP_LINES[step.id].line[lang]}
            </li>
          ))}
        </ul>
        <p class="card-line card-foot">{CARD_LABELS.notCrisis[lang]}</p>
      </section>
      <section class="card-side card-back" aria-label={CARD_LABELS.danger[lang]}>
        <p class="card-title card-line">{CARD_LABELS.danger[lang]}</p>
        <p class="card-line">
          <strong>{crisis.crisis.name[lang]}</strong>, {CARD_LABELS.callOrText[lang]}
        </p>
        <p class="card-line">
          <strong>{crisis.emergency.display}</strong> {CARD_LABELS.emergency[lang]}
        </p>
        {programs.length > 0 && <p class="card-title card-line">{CARD_LABELS.physicianLines[lang]}</p>}
        {programs.map((program) => (
          <p key={program.id} class="card-line">
            <strong>{program.lines[0]!.display}</strong> {cardName(program, lang)} (
            {program.lines[0]!.note[lang]})
            {CARD_AUDIENCES[program.id] && ` · ${CARD_AUDIENCES[program.id]!.serves[lang]}`}
          </p>
        ))}
        {buddy && buddyNumber && (
          <p class="card-line card-buddy">
            <strong>{CARD_LABELS.buddy[lang]}</strong> {buddy.name}, {buddyNumber}
          </p>
        )}
      </section>
    </div>
  );
}

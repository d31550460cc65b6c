import type { PhysicianProgram } from '../../lib/content/physician-programs';
import { t } from '../../lib/text/i18n';
import { siteName } from '../../lib/text/site-name';
import { nationalOptions } from '../../lib/resources/programs';
import { provinceOf, regionName } from '../../lib/region/region';
import { useStore } from '../app/StoreContext';
import { BeforeYouCall } from '../before-you-call/BeforeYouCall';
import { NotLegalAdvice } from '../before-you-call/NotLegalAdvice';
import { ProgramWho } from './ProgramWho';

interface Props {
  programs: PhysicianProgram[];
  /**
   * "Before you call" on each line (issue 22), and "not legal advice" once. Off only on a guided
   * screen that must fit the popup; that guide's urgent block shows the same lines with it.
   */
  withTerms?: boolean;
}

/** Physician health programs as short cards: a dial link for each verified number, else the program's page. */
export function ProgramContacts({ programs, withTerms = true }: Props) {
  const { lang, region } = useStore();
  if (programs.length > 0) return <ProgramList programs={programs} withTerms={withTerms} />;
  // A province or territory is chosen but has no program of its own: say so, and what is left.
  if (provinceOf(region.value))
    return (
      <>
        <p class="hint">{t('urgentKinds.noneFound', [regionName(region.value, lang)])}</p>
        <ProgramList programs={nationalOptions(region.value)} withTerms={withTerms} />
      </>
    );
  return (
    <>
      <p class="hint">{t('programs.noneForRegion')}</p>
      {/* The myself urgent block offers the licence forms below: said here, once, in every case. */}
      {withTerms && <NotLegalAdvice />}
    </>
  );
}

function ProgramList({ programs, withTerms }: Required<Props>) {
  const { lang } = useStore();
  return (
    <>
      <ul class="programs">
        {programs.map((program) => (
          <li key={program.id} class="program">
            <strong>{program.name[lang]}</strong>
            <span class="hint"> {program.about[lang]}</span>
            <ProgramWho program={program} />
            <span class="dial-row">
              {program.lines.map((line) => (
                <a key={line.digits} class="dial" href={`tel:${line.digits}`}>
                  {t('programs.call', [line.display, line.note[lang]])}
                </a>
              ))}
              {program.lines.length === 0 && (
                <a class="dial" href={program.url} target="_blank" rel="noreferrer">
                  {t('programs.pageOn', [program.name[lang], siteName(program.url)])}
                </a>
              )}
            </span>
            {withTerms && <BeforeYouCall programId={program.id} />}
          </li>
        ))}
      </ul>
      {withTerms && <NotLegalAdvice />}
    </>
  );
}

import { AFTER_EVENT_PROGRAM_IDS, type PathTool } from '../../lib/content/difficult-event';
import { RESOURCES } from '../../lib/content/resources';
import { t } from '../../lib/text/i18n';
import { guideLinesFor } from '../../lib/resources/programs';
import { CrisisActions } from '../urgent/CrisisActions';
import { ProgramContacts } from '../resources/ProgramContacts';
import { useStore } from '../app/StoreContext';
import { TouchingBaseMessage } from './TouchingBaseMessage';

const byId = (id: string) => RESOURCES.filter((r) => r.id === id);

/** Kept short to fit the popup: the guide's urgent block shows every line, with "Before you call". */
function PhysicianLines() {
  const { region, settings } = useStore();
  const programs = guideLinesFor(region.value, settings.role.value);
  return (
    <>
      <h4>{t('afterEvent.physicianLines')}</h4>
      <ProgramContacts programs={programs} withTerms={false} />
    </>
  );
}

/** The CMPA's advisors and, where the user's region holds them, the Ottawa after-event programs. */
function MedicoLegal() {
  const { region, lang } = useStore();
  const local = AFTER_EVENT_PROGRAM_IDS.flatMap(byId).filter((r) => r.regions.includes(region.value));
  return (
    <>
      <h4>{t('afterEvent.medicoLegal')}</h4>
      {/* The screen's text already says what the CMPA's advisors do: here, only how to reach them. */}
      <p class="dial-row">
        {byId('cmpa').flatMap((cmpa) =>
          cmpa.lines.map((line) => (
            <a key={line.digits} class="dial" href={`tel:${line.digits}`}>
              {t('programs.call', [line.display, line.note[lang]])}
            </a>
          )),
        )}
      </p>
      {local.length > 0 && (
        <>
          <h4>{t('afterEvent.ottawaPrograms')}</h4>
          <ProgramContacts programs={local} withTerms={false} />
        </>
      )}
    </>
  );
}

/** The part of a screen that is more than text, by the tool named in the content. */
export function DifficultEventTool({ tool }: { tool: PathTool }) {
  const store = useStore();
  switch (tool) {
    case 'touching-base':
      return <TouchingBaseMessage />;
    case 'physician-lines':
      return <PhysicianLines />;
    case 'medico-legal':
      return <MedicoLegal />;
    case 'take-a-minute':
      return (
        <button type="button" class="primary" onClick={store.calm.show}>
          {t('calm.open')}
        </button>
      );
    case 'who-to-call':
      return (
        <>
          <PhysicianLines />
          <CrisisActions />
        </>
      );
  }
}

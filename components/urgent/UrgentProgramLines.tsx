import { t } from '../../lib/text/i18n';
import { physicianLinesFor } from '../../lib/resources/programs';
import { ProgramContacts } from '../resources/ProgramContacts';
import { useStore } from '../app/StoreContext';

/**
 * Under an urgent block: the region's physician lines, each saying whom it serves and when, the
 * user's own role first. The blocks send people to them ("then the physician health program").
 */
export function UrgentProgramLines() {
  const { region, settings } = useStore();
  return (
    <>
      <h3>{t('urgentKinds.linesHeading')}</h3>
      <ProgramContacts programs={physicianLinesFor(region.value, settings.role.value)} />
    </>
  );
}

import type { PhysicianProgram } from '../../lib/content/physician-programs';
import { t } from '../../lib/text/i18n';
import { useStore } from '../app/StoreContext';

/**
 * Whom a program serves and when it answers, wherever the content says: a clinician should know
 * before calling whether the line is theirs and whether anyone is there now.
 */
export function ProgramWho({ program }: { program: Pick<PhysicianProgram, 'audience' | 'hours'> }) {
  const { lang } = useStore();
  const { audience, hours } = program;
  if (!audience && !hours) return null;
  return (
    <span class="program-who">
      {audience && t('urgentKinds.serves', [audience[lang]])}
      {audience && hours && <br />}
      {hours && t('urgentKinds.hours', [hours[lang]])}
    </span>
  );
}

import { t } from '../../lib/text/i18n';
import { useStore } from '../app/StoreContext';

/**
 * "Open my safety plan": to the Journal tab's plan, which asks for the passphrase first when the
 * journal is locked. Never in place of the crisis lines: callers put it after them.
 */
export function OpenSafetyPlan() {
  const { openSafetyPlan, policy } = useStore();
  // Where the institution turned the journal off, there is no plan to open.
  if (policy.value?.journalAllowed === false) return null;
  return (
    <button type="button" class="open-safety-plan" onClick={openSafetyPlan}>
      {t('safetyPlan.open')}
    </button>
  );
}

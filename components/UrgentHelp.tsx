import { t } from '../lib/i18n';
import { CrisisActions } from './CrisisActions';
import { RegionNote } from './RegionNote';
import { useStore } from './StoreContext';
import { UrgentSteps } from './UrgentSteps';

/** "Worried about their safety?": one click from anywhere in HELP to what to do now. */
export function UrgentHelp() {
  const { help } = useStore();
  const open = help.urgentOpen.value;
  return (
    <div class="urgent">
      <button
        type="button"
        class="urgent-toggle"
        aria-expanded={open}
        aria-controls="urgent-block"
        onClick={help.toggleUrgent}
      >
        {t('urgent.toggle')}
      </button>
      <div id="urgent-block">
        {open && (
          <div role="alert" class="urgent-block">
            <h3>{t('urgent.heading')}</h3>
            <UrgentSteps />
            <CrisisActions />
            <RegionNote />
          </div>
        )}
      </div>
    </div>
  );
}

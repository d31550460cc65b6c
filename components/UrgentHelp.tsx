import { t } from '../lib/i18n';
import { regionName } from '../lib/region';
import { CrisisActions } from './CrisisActions';
import { useStore } from './StoreContext';

/** "Worried about their safety?": one click from anywhere in HELP to what to do now. */
export function UrgentHelp() {
  const { help, region, lang, openOptions } = useStore();
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
            <ul>
              <li>{t('urgent.askDirectly')}</li>
              <li>{t('urgent.stayWithThem')}</li>
              <li>{t('urgent.removeMeans')}</li>
              <li>{t('urgent.noSecrecy')}</li>
            </ul>
            <CrisisActions />
            <p class="region-note">
              {t('urgent.regionNote', [regionName(region.value, lang)])}{' '}
              <button type="button" class="link-button" onClick={() => void openOptions()}>
                {t('urgent.changeRegion')}
              </button>
            </p>
          </div>
        )}
      </div>
    </div>
  );
}

import { t } from '../../lib/text/i18n';
import { regionName } from '../../lib/region/region';
import { useStore } from '../app/StoreContext';

/** Says which region the numbers are for, with a way to change it. */
export function RegionNote() {
  const { region, lang, openOptions } = useStore();
  return (
    <p class="region-note">
      {t('urgent.regionNote', [regionName(region.value, lang)])}{' '}
      <button type="button" class="link-button" onClick={() => void openOptions()}>
        {t('urgent.changeRegion')}
      </button>
    </p>
  );
}

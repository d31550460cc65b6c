import { useState } from 'preact/hooks';
import { t } from '../../lib/text/i18n';
import { isRegionCode, PROVINCES, regionName, type Province, type RegionCode } from '../../lib/region/region';
import { useStore } from '../app/StoreContext';
import { Field } from '../ui/Field';

export function RegionSelect() {
  const store = useStore();
  const { lang } = store;
  /** This control's last save: saved, refused, or none yet (settings.saveError is any control's). */
  const [saved, setSaved] = useState<boolean | null>(null);
  const collator = new Intl.Collator(lang);
  const provinces = (Object.keys(PROVINCES) as Province[]).sort((a, b) =>
    collator.compare(PROVINCES[a][lang], PROVINCES[b][lang]),
  );
  const onChange = async (value: string) => {
    if (!isRegionCode(value)) return;
    setSaved(null);
    setSaved(await store.settings.setRegion(value));
  };
  const option = (code: RegionCode, label = regionName(code, lang)) => (
    <option key={code} value={code}>
      {label}
    </option>
  );
  return (
    <Field
      id="region"
      label={t('options.regionLabel')}
      hint={t('options.regionHelp')}
      hintId="region-help"
      hintFirst
      describedBy="region-status"
    >
      {(control) => (
        <>
          <select
            {...control}
            // No saved form state on disk: the page's fields are never restored by the browser.
            autocomplete="off"
            value={store.region.value}
            disabled={store.settings.regionLocked.value}
            onChange={(event) => void onChange(event.currentTarget.value)}
          >
            {option('CA', t('options.canadaNoProvince'))}
            {provinces.map((p) => option(`CA-${p}`))}
            {option('US')}
          </select>
          <p id="region-status" role="status" class="hint">
            {store.settings.regionLocked.value
              ? store.policy.value?.institutionName
                ? t('options.regionLocked', [store.policy.value.institutionName])
                : t('options.regionLockedUnnamed')
              : saved === false
                ? t('options.saveFailed')
                : saved
                  ? t('options.regionSaved')
                  : store.settings.regionIsGuessed.value
                    ? t('options.regionGuessed', [regionName(store.region.value, lang)])
                    : ''}
          </p>
        </>
      )}
    </Field>
  );
}

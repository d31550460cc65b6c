import { t } from '../../lib/text/i18n';
import { allowedAutoLockChoices, type AutoLockMinutes } from '../../lib/journal/auto-lock';
import { useStore } from '../app/StoreContext';

/** How long the journal stays unlocked without activity; an institution may cap it. */
export function AutoLockSelect() {
  const { autoLock, autoLockCap, setAutoLock } = useStore().settings;
  return (
    <div class="field">
      <label for="auto-lock">{t('options.autoLockLabel')}</label>
      <select
        id="auto-lock"
        aria-describedby="auto-lock-help"
        value={String(autoLock.value)}
        onChange={(e) => void setAutoLock(Number(e.currentTarget.value) as AutoLockMinutes)}
      >
        {allowedAutoLockChoices(autoLockCap.value).map((m) => (
          <option key={m} value={m}>
            {t('calm.minutes', m)}
          </option>
        ))}
      </select>
      <p id="auto-lock-help" class="hint">
        {t('options.autoLockHelp')}
      </p>
    </div>
  );
}

import { useState } from 'preact/hooks';
import { t } from '../../lib/text/i18n';
import { allowedAutoLockChoices, type AutoLockMinutes } from '../../lib/journal/session/auto-lock';
import { useStore } from '../app/StoreContext';
import { Field } from '../ui/Field';

/** How long the journal stays unlocked without activity; an institution may cap it. */
export function AutoLockSelect() {
  const { autoLock, autoLockCap, setAutoLock } = useStore().settings;
  const [failed, setFailed] = useState(false);
  const choose = async (minutes: AutoLockMinutes) => {
    setFailed(false);
    setFailed(!(await setAutoLock(minutes)));
  };
  return (
    <Field
      id="auto-lock"
      label={t('options.autoLockLabel')}
      hint={
        // Say why the longer choices are missing, and which limit applies (a broken policy's 10 is 5).
        autoLockCap.value === undefined
          ? t('options.autoLockHelp')
          : `${t('options.autoLockHelp')} ${t('options.autoLockCapped', [t('calm.minutes', autoLockCap.value)])}`
      }
      hintId="auto-lock-help"
      error={failed && <span role="alert">{t('options.choiceNotSaved')}</span>}
    >
      {(control) => (
        <select
          {...control}
          value={String(autoLock.value)}
          onChange={(e) => void choose(Number(e.currentTarget.value) as AutoLockMinutes)}
        >
          {allowedAutoLockChoices(autoLockCap.value).map((m) => (
            <option key={m} value={m}>
              {t('calm.minutes', m)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

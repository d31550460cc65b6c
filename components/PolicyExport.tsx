import { t } from '../lib/i18n';
import { policyFromUser } from '../lib/policy-export';
import { useStore } from './StoreContext';

/** Saves the user's contacts and region as a policy file, made in the page: nothing is uploaded. */
export function PolicyExport() {
  const store = useStore();
  const exportPolicy = () => {
    const policy = policyFromUser(store.userContacts.value, store.region.value);
    const blob = new Blob([JSON.stringify(policy, null, 2)], { type: 'application/json' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = 'been-there-policy.json';
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 1_000);
  };
  return (
    <>
      <p>{t('options.exportBody')}</p>
      <button type="button" onClick={exportPolicy}>
        {t('options.exportButton')}
      </button>
    </>
  );
}

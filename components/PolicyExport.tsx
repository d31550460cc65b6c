import { t } from '../lib/i18n';
import { policyFromUser } from '../lib/policy-export';
import { saveFile } from './saveFile';
import { useStore } from './StoreContext';

/** Saves the user's contacts and region as a policy file for IT. */
export function PolicyExport() {
  const store = useStore();
  const exportPolicy = () => {
    const policy = policyFromUser(store.userContacts.value, store.region.value);
    saveFile('been-there-policy.json', JSON.stringify(policy, null, 2), 'application/json');
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

import { useEffect, useState } from 'preact/hooks';
import { t } from '../../lib/text/i18n';
import { policyFromUser } from '../../lib/settings/policy-export';
import { saveFile } from '../ui/saveFile';
import { useStore } from '../app/StoreContext';

/** Saves the user's contacts and region as a policy file for IT. */
export function PolicyExport() {
  const store = useStore();
  // Loads the contacts itself: the file must hold them whether or not a contact list was shown.
  useEffect(() => void store.people.ensure().catch(() => undefined), [store]);
  const [failed, setFailed] = useState(false);
  const exportPolicy = async () => {
    setFailed(false);
    const read = await store.people.ensure().then(
      () => true,
      () => false,
    );
    // Contacts that cannot be read: nothing exported, and said here (the list above has Try again).
    if (!read) return setFailed(true);
    const policy = policyFromUser(store.people.contacts.value, store.region.value);
    saveFile('been-there-policy.json', JSON.stringify(policy, null, 2), 'application/json');
  };
  return (
    <>
      <p>{t('options.exportBody')}</p>
      <button type="button" onClick={() => void exportPolicy()}>
        {t('options.exportButton')}
      </button>
      <p role="status" class={failed ? 'error' : 'hint'}>
        {failed && t('options.exportFailed')}
      </p>
    </>
  );
}

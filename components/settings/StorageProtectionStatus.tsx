import { useEffect } from 'preact/hooks';
import { t } from '../../lib/text/i18n';
import type { StorageProtection } from '../../lib/settings/storage-protection.browser';
import { useStore } from '../app/StoreContext';

const MESSAGES: Record<StorageProtection, () => string> = {
  protected: () => t('storageProtection.protected'),
  notProtected: () => t('storageProtection.notProtected'),
  unknown: () => t('storageProtection.unknown'),
};

/**
 * Whether the browser may clear the journal and settings when space runs short, in plain words.
 * Settings is where the browser can ask the user (Firefox prompts in a tab, never in the popup).
 */
export function StorageProtectionStatus() {
  const protection = useStore().storageProtection;
  useEffect(() => void protection.check(), [protection]);
  const state = protection.state.value;
  return (
    <div aria-live="polite">
      {state && <p id="storage-protection-state">{MESSAGES[state]()}</p>}
      {protection.refused.value && <p>{t('storageProtection.refused')}</p>}
      {state === 'notProtected' && (
        <button type="button" onClick={() => void protection.request()}>
          {t('storageProtection.ask')}
        </button>
      )}
    </div>
  );
}

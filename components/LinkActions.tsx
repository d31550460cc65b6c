import { t } from '../lib/i18n';
import { useStore } from './StoreContext';

/** HELP's Link step acts: straight to the people and programs for this region. */
export function LinkActions() {
  const store = useStore();
  return (
    <div class="form-actions">
      <button type="button" class="primary" onClick={() => store.showTab('reach')}>
        {t('tabs.reach')}
      </button>
      <button type="button" onClick={() => store.showTab('resources')}>
        {t('tabs.resources')}
      </button>
    </div>
  );
}

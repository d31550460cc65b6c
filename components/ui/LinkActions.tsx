import { t } from '../../lib/text/i18n';
import { useStore } from '../app/StoreContext';

/** Straight to the people and programs for this region: from HELP's Link step and from Signs. */
export function LinkActions() {
  const store = useStore();
  return (
    <div class="form-actions">
      <button type="button" onClick={() => store.showTab('reach')}>
        {t('tabs.reach')}
      </button>
      <button type="button" onClick={() => store.showTab('resources')}>
        {t('tabs.resources')}
      </button>
    </div>
  );
}

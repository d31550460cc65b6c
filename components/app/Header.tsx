import { t } from '../../lib/text/i18n';
import type { Surface } from '../../lib/app/app-store';
import { useStore } from './StoreContext';

export function Header({ surface }: { surface: Surface }) {
  const store = useStore();
  const onSidePanel = () => {
    void store.openSidePanel().then(() => window.close());
  };
  return (
    <header class="app-header">
      <div class="brand">
        <h1>{t('extName')}</h1>
        <p class="tagline">{t('app.tagline')}</p>
      </div>
      <div class="header-actions">
        <button type="button" class="quiet" aria-pressed={store.calm.open.value} onClick={store.calm.toggle}>
          {t('calm.open')}
        </button>
        {surface === 'popup' && store.canOpenSidePanel.value && (
          <button type="button" class="quiet" aria-label={t('app.openSidePanelLabel')} onClick={onSidePanel}>
            {t('app.openSidePanel')}
          </button>
        )}
        <button type="button" class="quiet" onClick={() => void store.openOptions()}>
          {t('app.settings')}
        </button>
      </div>
    </header>
  );
}

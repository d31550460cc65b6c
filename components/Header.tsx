import { t } from '../lib/i18n';
import type { Surface } from '../lib/store/app-store';
import { useStore } from './StoreContext';

export function Header({ surface }: { surface: Surface }) {
  const { navigation } = useStore();
  const onSidePanel = () => {
    void navigation.openSidePanel().then(() => window.close());
  };
  return (
    <header class="app-header">
      <div class="brand">
        <h1>{t('extName')}</h1>
        <p class="tagline">{t('app.tagline')}</p>
      </div>
      <div class="header-actions">
        {surface === 'popup' && navigation.canOpenSidePanel && (
          <button type="button" class="quiet" aria-label={t('app.openSidePanelLabel')} onClick={onSidePanel}>
            {t('app.openSidePanel')}
          </button>
        )}
        <button type="button" class="quiet" onClick={() => void navigation.openOptions()}>
          {t('app.settings')}
        </button>
      </div>
    </header>
  );
}

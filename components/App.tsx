import { t } from '../lib/i18n';
import type { Surface, TabId } from '../lib/store/app-store';
import { Header } from './Header';
import { HelpGuide } from './HelpGuide';
import { useStore } from './StoreContext';
import { Tabs, type TabItem } from './Tabs';

/** The one app behind the popup and the side panel; `surface` only changes the layout. */
export function App({ surface }: { surface: Surface }) {
  const store = useStore();
  const tabs: TabItem<TabId>[] = [{ id: 'help', label: t('tabs.help') }];
  return (
    <div class={`app app--${surface}`}>
      <Header surface={surface} />
      <Tabs
        label={t('app.tablistLabel')}
        tabs={tabs}
        selected={store.tab.value}
        onSelect={(id) => (store.tab.value = id)}
      />
      <main class="panel">
        <div id="panel-help" role="tabpanel" aria-labelledby="tab-help">
          <HelpGuide />
        </div>
      </main>
    </div>
  );
}

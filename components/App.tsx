import { t } from '../lib/i18n';
import type { Surface, TabId } from '../lib/store/app-store';
import { CalmView } from './CalmView';
import { Header } from './Header';
import { HelpGuide } from './HelpGuide';
import { SignsTab } from './SignsTab';
import { useStore } from './StoreContext';
import { Tabs, type TabItem } from './Tabs';

const PANELS: Record<TabId, () => preact.JSX.Element> = { help: HelpGuide, signs: SignsTab };

/** The one app behind the popup and the side panel; `surface` only changes the layout. */
export function App({ surface }: { surface: Surface }) {
  const store = useStore();
  const tabs: TabItem<TabId>[] = [
    { id: 'help', label: t('tabs.help') },
    { id: 'signs', label: t('tabs.signs') },
  ];
  const tab = store.tab.value;
  const Panel = PANELS[tab];
  return (
    <div class={`app app--${surface}`}>
      <Header surface={surface} />
      <Tabs
        label={t('app.tablistLabel')}
        tabs={tabs}
        selected={tab}
        onSelect={store.showTab}
        panelShown={!store.calmOpen.value}
      />
      <main class="panel">
        {store.calmOpen.value ? (
          <CalmView />
        ) : (
          <div id={`panel-${tab}`} role="tabpanel" aria-labelledby={`tab-${tab}`}>
            <Panel />
          </div>
        )}
      </main>
    </div>
  );
}

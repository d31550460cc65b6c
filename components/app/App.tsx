import { t } from '../../lib/text/i18n';
import type { Surface, TabId } from '../../lib/app/app-store';
import type { ComponentType } from 'preact';
import { Header } from './Header';
import { HelpGuide } from '../help/HelpGuide';
import { lazyView } from './lazyView';
import { useStore } from './StoreContext';
import { SurfaceContext } from './SurfaceContext';
import { Tabs, type TabItem } from './Tabs';

// HELP is the first screen and ships with the popup; other views load when first opened.
const PANELS: Record<TabId, ComponentType> = {
  help: HelpGuide,
  signs: lazyView(() => import('../signs/SignsTab').then((m) => m.SignsTab)),
  reach: lazyView(() => import('../people/ReachTab').then((m) => m.ReachTab)),
  resources: lazyView(() => import('../resources/ResourcesTab').then((m) => m.ResourcesTab)),
  journal: lazyView(() => import('../journal/JournalTab').then((m) => m.JournalTab)),
};
const CalmView = lazyView(() => import('../calm/CalmView').then((m) => m.CalmView));
const GuideView = lazyView(() => import('../guides/GuideView').then((m) => m.GuideView));

/** The one app behind the popup and the side panel; `surface` only changes the layout. */
export function App({ surface }: { surface: Surface }) {
  const store = useStore();
  const tabs: TabItem<TabId>[] = [
    { id: 'help', label: t('tabs.help') },
    { id: 'signs', label: t('tabs.signs') },
    { id: 'reach', label: t('tabs.reach') },
    { id: 'resources', label: t('tabs.resources') },
    { id: 'journal', label: t('tabs.journal') },
  ];
  const tab = store.tab.value;
  const Panel = PANELS[tab];
  return (
    <SurfaceContext.Provider value={surface}>
      <div class={`app app--${surface}`}>
        <Header surface={surface} />
        <Tabs
          label={t('app.tablistLabel')}
          tabs={tabs}
          selected={tab}
          onSelect={store.showTab}
          panelShown={!store.calm.open.value && !store.guides.open.value}
        />
        <main class="panel">
          {store.calm.open.value ? (
            <CalmView />
          ) : store.guides.open.value ? (
            <GuideView />
          ) : (
            <div id={`panel-${tab}`} role="tabpanel" aria-labelledby={`tab-${tab}`}>
              <Panel />
            </div>
          )}
        </main>
      </div>
    </SurfaceContext.Provider>
  );
}

import { renderToString } from 'preact-render-to-string';
import { App } from '../../components/app/App';
import { StoreProvider } from '../../components/app/StoreContext';
import { createAppStore } from '../../lib/app/app-store';
import type { Surface } from '../../lib/app/environment';
import type { Lang } from '../../lib/content/types';
import { setMessages } from '../../lib/text/i18n';

/**
 * The first screen of the popup or the side panel (header, tabs, HELP's overview) as HTML, rendered
 * at build time from the real components, strings and content (scripts/prerender/plugin.ts). The
 * store is the one a page builds before its platform loads: nothing here reads the browser.
 */
export function renderFirstScreen(surface: Surface, lang: Lang, messages: Record<string, string>): string {
  setMessages(messages);
  try {
    const store = createAppStore(
      { uiLanguage: lang, browserLanguage: lang, timeZone: () => undefined },
      new Promise(() => undefined),
    );
    return renderToString(
      <StoreProvider store={store}>
        <App surface={surface} />
      </StoreProvider>,
    );
  } finally {
    setMessages(null);
  }
}

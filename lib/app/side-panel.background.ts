import { browser } from 'wxt/browser';
import { t } from '../text/i18n';
import { openSidePanelIn } from '../platform/navigation';
import { speakChosenLanguage, watchLanguage } from '../settings/language.background';

export const OPEN_SIDE_PANEL = 'open-side-panel';

/**
 * Two ways to open the side panel besides the popup's button: the toolbar button's context menu
 * and a keyboard command. Both handlers call straight into the panel API so the user gesture holds.
 */
export function registerSidePanelOpeners() {
  // The menu's words follow a language chosen in Settings or by policy, also one changed while the
  // browser was closed. Before the item exists (during install) there is nothing to rename.
  const rename = () =>
    void browser.contextMenus
      .update(OPEN_SIDE_PANEL, { title: t('menuOpenSidePanel') })
      .catch(() => undefined);
  // The background's strings follow the language first, then the menu takes them.
  const renameInChosen = () => void speakChosenLanguage().then(rename);
  browser.runtime.onInstalled.addListener(() => {
    // At once, in the browser's language; renamed below if settings or policy chose another.
    browser.contextMenus.create({
      id: OPEN_SIDE_PANEL,
      title: t('menuOpenSidePanel'),
      contexts: ['action'],
    });
    renameInChosen();
  });
  watchLanguage(renameInChosen);
  browser.runtime.onStartup.addListener(renameInChosen);
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === OPEN_SIDE_PANEL) void openSidePanelIn(tab?.windowId);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === OPEN_SIDE_PANEL) void openSidePanelIn(tab?.windowId);
  });
}

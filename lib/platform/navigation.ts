import { browser } from 'wxt/browser';

/** The address of one of the extension's own pages (WXT's types for getURL know only some paths). */
export const extensionUrl = (path: string) =>
  (browser.runtime as unknown as { getURL(p: string): string }).getURL(path);

/** Page-to-page moves that need the extension APIs; the UI reaches them through the store. */
export interface Navigation {
  openOptions(): Promise<void>;
  /** Opens the side panel (Chrome) or sidebar (Firefox) beside the current window. */
  openSidePanel(): Promise<void>;
  canOpenSidePanel: boolean;
  /**
   * Firefox closes a popup when a file picker opens from it, and the file never arrives (Mozilla
   * bug 1292701): there, files are chosen in the sidebar.
   */
  filePickerClosesPopup: boolean;
}

type SidePanelApi = { open(options: { windowId: number }): Promise<void> };
type SidebarApi = { open(): Promise<void> };

const sidePanelApi = () => (browser as unknown as { sidePanel?: SidePanelApi }).sidePanel;
const sidebarApi = () => (browser as unknown as { sidebarAction?: SidebarApi }).sidebarAction;

/**
 * Opens the side panel for a window. Browsers allow this only inside a user gesture (a click, a
 * keyboard command, a menu item), so callers must not await anything else before calling it.
 */
export function openSidePanelIn(windowId: number | undefined): Promise<void> {
  const sidebar = sidebarApi();
  if (sidebar) return sidebar.open();
  const panel = sidePanelApi();
  if (panel && windowId !== undefined) return panel.open({ windowId });
  return Promise.resolve();
}

export function createNavigation(): Navigation {
  // The window id is looked up in advance so that a click can open the panel without an await.
  let windowId: number | undefined;
  void browser.windows
    ?.getCurrent()
    .then((win) => (windowId = win.id))
    .catch(() => undefined);
  return {
    openOptions: () => browser.runtime.openOptionsPage(),
    openSidePanel: () => openSidePanelIn(windowId),
    canOpenSidePanel: Boolean(sidePanelApi() ?? sidebarApi()),
    filePickerClosesPopup: import.meta.env.FIREFOX,
  };
}

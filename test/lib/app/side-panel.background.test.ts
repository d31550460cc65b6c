import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OPEN_SIDE_PANEL, registerSidePanelOpeners } from '../../../lib/app/side-panel.background';
import { holdNextPolicyRead } from '../../helpers';
import { settingsStorage } from '../../../lib/settings/settings.browser';
import { setMessages } from '../../../lib/text/i18n';

type Listener = (...args: never[]) => void;
const event = () => {
  const listeners: Listener[] = [];
  return {
    addListener: (fn: Listener) => listeners.push(fn),
    fire: (...args: unknown[]) => listeners.forEach((fn) => fn(...(args as never[]))),
  };
};

let menus: {
  create: ReturnType<typeof vi.fn>;
  update: ReturnType<typeof vi.fn>;
  onClicked: ReturnType<typeof event>;
};
let commands: { onCommand: ReturnType<typeof event> };
let open: ReturnType<typeof vi.fn>;

// The fake browser has no contextMenus, commands or sidePanel: stand-ins record the calls at that edge.
const original = { ...fakeBrowser };
afterEach(() => {
  Object.assign(fakeBrowser, original);
  setMessages(null);
});

beforeEach(() => {
  menus = { create: vi.fn(), update: vi.fn(async () => undefined), onClicked: event() };
  commands = { onCommand: event() };
  open = vi.fn(async () => undefined);
  // Chrome has sidePanel and no sidebarAction; the fake has the opposite.
  Object.assign(fakeBrowser, {
    contextMenus: menus,
    commands,
    sidePanel: { open },
    sidebarAction: undefined,
  });
});

it('adds "Open in side panel" to the toolbar button menu on install', async () => {
  registerSidePanelOpeners();
  await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
  expect(menus.create).toHaveBeenCalledWith(
    expect.objectContaining({
      id: OPEN_SIDE_PANEL,
      contexts: ['action'],
      title: 'Open Been There in the side panel',
    }),
  );
});

it('opens the side panel from the menu item and from the keyboard command', () => {
  registerSidePanelOpeners();
  menus.onClicked.fire({ menuItemId: OPEN_SIDE_PANEL }, { windowId: 7 });
  commands.onCommand.fire(OPEN_SIDE_PANEL, { windowId: 9 });
  commands.onCommand.fire('something-else', { windowId: 9 });
  expect(open.mock.calls).toEqual([[{ windowId: 7 }], [{ windowId: 9 }]]);
});

it('names the menu item in the language chosen in Settings, and renames it when the choice changes', async () => {
  await settingsStorage.update((s) => ({ ...s, language: 'fr' }));
  registerSidePanelOpeners();
  await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
  // Created at once (the test above), then renamed once the language is read.
  await vi.waitFor(() =>
    expect(menus.update).toHaveBeenLastCalledWith(OPEN_SIDE_PANEL, {
      title: 'Ouvrir Been There dans le panneau latéral',
    }),
  );
  await settingsStorage.update((s) => ({ ...s, language: 'en' }));
  await vi.waitFor(() =>
    expect(menus.update).toHaveBeenLastCalledWith(OPEN_SIDE_PANEL, {
      title: 'Open Been There in the side panel',
    }),
  );
});

it('two changes of language read back out of order: the menu ends in the latest', async () => {
  registerSidePanelOpeners();
  await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
  await vi.waitFor(() => expect(menus.update).toHaveBeenCalled());
  // The first change's read answers last (a busy service worker): its policy read is held.
  const { spy, answer: answerFirst } = holdNextPolicyRead();
  await settingsStorage.update((s) => ({ ...s, language: 'fr' }));
  await vi.waitFor(() => expect(spy).toHaveBeenCalled());
  const renames = menus.update.mock.calls.length;
  await settingsStorage.update((s) => ({ ...s, language: 'en' }));
  await vi.waitFor(() => expect(menus.update.mock.calls.length).toBeGreaterThan(renames));
  answerFirst();
  // The menu is renamed after every read, the older one too (in whatever language is latest).
  await vi.waitFor(() => expect(menus.update).toHaveBeenCalledTimes(renames + 2));
  expect(menus.update).toHaveBeenLastCalledWith(OPEN_SIDE_PANEL, {
    title: 'Open Been There in the side panel',
  });
});

/// <reference types="chrome" />
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askServiceWorker, foreignRequests, launch, type Session } from './harness';
import { ui } from './locales';

let session: Session;
beforeAll(async () => {
  session = await launch();
});
afterAll(async () => {
  await session.close();
});

type Manifest = chrome.runtime.Manifest;

describe('the installed extension', () => {
  it('asks only for the permissions it uses, with no host access or injected scripts', async () => {
    const manifest = (await askServiceWorker(session, () => chrome.runtime.getManifest())) as Manifest;
    expect(manifest.permissions?.sort()).toEqual(['alarms', 'contextMenus', 'idle', 'sidePanel', 'storage']);
    expect(manifest.optional_permissions).toEqual(['notifications']);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.optional_host_permissions).toBeUndefined();
    expect(manifest.content_scripts).toBeUndefined();
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.name).toBe(ui('en', 'extName'));
  });

  it('registers the side panel, its menu item on the toolbar button and the keyboard commands', async () => {
    const found = await askServiceWorker(session, async () => {
      // update() fails for an unknown id: this proves the menu item exists.
      await chrome.contextMenus.update('open-side-panel', {});
      const panel = await chrome.sidePanel.getOptions({});
      const commands = await chrome.commands.getAll();
      const suggested = chrome.runtime.getManifest().commands as Record<
        string,
        { suggested_key: { default: string } }
      >;
      // Chrome leaves suggested shortcuts unbound for extensions loaded from the command line, so the
      // shortcut is read from the manifest and the command from the browser's own registry.
      return {
        path: panel.path,
        commands: commands.map((c) => [c.name, suggested[c.name!]?.suggested_key.default]),
      };
    });
    expect(found.path).toBe('sidepanel.html');
    expect(found.commands).toEqual(
      expect.arrayContaining([
        ['_execute_action', 'Alt+Shift+B'],
        ['open-side-panel', 'Alt+Shift+Y'],
        ['lock-journal', 'Alt+Shift+L'],
      ]),
    );
  });

  it('cannot reach the network: the page policy refuses any connection', async () => {
    const page = await session.open('popup.html');
    await page.locator('h1').waitFor();
    const outcome = await page.evaluate(async () => {
      try {
        await fetch('http://127.0.0.1:9/');
        return 'connected';
      } catch (error) {
        return String(error);
      }
    });
    expect(outcome).toContain('Failed to fetch');
    const csp = await askServiceWorker(session, () => chrome.runtime.getManifest().content_security_policy);
    expect(JSON.stringify(csp)).toContain("connect-src 'none'");
    await page.close();
  });

  it('keeps using the app local: no sync storage, no request outside the extension', async () => {
    const page = await session.open('options.html', { width: 800, height: 700 });
    await page.getByRole('combobox', { name: ui('en', 'options.regionLabel') }).selectOption('CA-BC');
    await page.getByText(ui('en', 'options.regionSaved')).waitFor();
    const stored = await askServiceWorker(session, async () => ({
      sync: await chrome.storage.sync.get(null),
      local: await chrome.storage.local.get(null),
    }));
    expect(stored.sync).toEqual({});
    expect(stored.local).toEqual({
      settings: { version: 4, region: 'CA-BC', journalAutoLockMinutes: 5, role: null, language: 'auto' },
    });
    await page.close();
    expect(foreignRequests(session).filter((url) => !url.startsWith('http://127.0.0.1:9/'))).toEqual([]);
  });
});

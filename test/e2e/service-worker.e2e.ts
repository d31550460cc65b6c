import { expect, it } from 'vitest';
import { askServiceWorker, launchForTest } from './harness';

// Chromium stops an idle service worker; Playwright's evaluate in it then waits with no time limit.
// CI once hung there for 90 s: the tests' one way into the background must start it again.
it('the tests still reach the background after Chromium stopped its service worker', async () => {
  const session = await launchForTest();
  await expect(askServiceWorker(session, () => chrome.runtime.id)).resolves.toBe(session.extensionId);
  const page = await session.context.newPage();
  const cdp = await session.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await expect(askServiceWorker(session, () => chrome.runtime.id)).resolves.toBe(session.extensionId);
});

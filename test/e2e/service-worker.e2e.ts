import { expect, it } from 'vitest';
import { askServiceWorker, launchForTest } from './harness';

// Chromium stops an idle service worker; Playwright's evaluate in it then waits with no time limit.
// The tests' one way into the background must start it again, and run the call once.
it('the tests still reach the background after Chromium stopped its service worker', async () => {
  const session = await launchForTest();
  await expect(askServiceWorker(session, () => chrome.runtime.id)).resolves.toBe(session.extensionId);
  const page = await session.context.newPage();
  const cdp = await session.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  const own = `chrome-extension://${session.extensionId}/`;
  const stopped = new Promise<void>((resolve) =>
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      if (versions.some((v) => v.scriptURL.startsWith(own) && v.runningStatus === 'stopped')) resolve();
    }),
  );
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
  // Counts its runs in the worker: a call run twice would count 2.
  const runs = await askServiceWorker(session, () => {
    const worker = globalThis as unknown as { e2eRuns?: number };
    worker.e2eRuns = (worker.e2eRuns ?? 0) + 1;
    return worker.e2eRuns;
  });
  expect(runs).toBe(1);
  await expect(
    askServiceWorker(session, () => (globalThis as unknown as { e2eRuns?: number }).e2eRuns),
  ).resolves.toBe(1);
});

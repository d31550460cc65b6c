// @ts-check
// The one way into the extension's background for the tests, the benchmark and the store images (a
// plain module, so that the benchmark, run by Node without a build step, shares it with the tests).

/** How long a call waits for the service worker to answer, before starting it, then after. */
const WORKER_ANSWER_MS = 5_000;

class WorkerSilent extends Error {}

/**
 * `answer`, or WorkerSilent after WORKER_ANSWER_MS; the timer goes either way.
 * @template R
 * @param {Promise<R>} answer
 * @param {string} silence
 * @returns {Promise<R>}
 */
async function withinAnswerTime(answer, silence) {
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer;
  /** @type {Promise<never>} */
  const silent = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new WorkerSilent(silence)), WORKER_ANSWER_MS);
  });
  try {
    return await Promise.race([answer, silent]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Starts the extension's service worker, as the browser does when an event comes for it.
 * @param {ServiceWorkerSession} session
 */
async function startServiceWorker(session) {
  // The first tab of the profile: callers open and close their own pages, never this one.
  const first = session.context.pages()[0];
  const opened = first ? undefined : await session.context.newPage();
  const cdp = await session.context.newCDPSession(
    opened ?? /** @type {import('playwright-core').Page} */ (first),
  );
  try {
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.startWorker', { scopeURL: `chrome-extension://${session.extensionId}/` });
  } finally {
    await cdp.detach().catch(() => undefined);
    await opened?.close();
  }
}

/**
 * @typedef {{ context: import('playwright-core').BrowserContext, worker: import('playwright-core').Worker, extensionId: string }} ServiceWorkerSession
 */

/**
 * Runs `fn` (with `arg`) in the extension's service worker and returns its answer. Chromium stops an
 * idle worker; Playwright keeps the same Worker for it, and an evaluate then waits, with no time
 * limit, until something starts the worker again (a poll whose call never returns waits past every
 * timeout). So a call unanswered after WORKER_ANSWER_MS starts the worker, and the same call, not a
 * second one, runs once it has started: `fn` runs once (it may fire listeners or set alarms).
 * @param {ServiceWorkerSession} session
 * @param {(arg: any) => unknown} fn
 * @param {unknown} [arg]
 * @returns {Promise<unknown>}
 */
export async function askServiceWorker(session, fn, arg) {
  const own = `chrome-extension://${session.extensionId}/`;
  const worker = session.context.serviceWorkers().findLast((w) => w.url().startsWith(own)) ?? session.worker;
  const answer = worker.evaluate(fn, arg);
  // Left unawaited if the worker never answers: its rejection then is no unhandled error.
  answer.catch(() => undefined);
  try {
    return await withinAnswerTime(answer, `The service worker did not answer within ${WORKER_ANSWER_MS} ms`);
  } catch (error) {
    if (!(error instanceof WorkerSilent)) throw error;
  }
  try {
    // Bounded too: a start that never answers would otherwise hold the caller (a poll) past its
    // test's time, with no word of where it stopped. Given up on, it may still open and close its
    // page later, and the call above may still run once the worker starts: a caller that then asks
    // again (a poll) runs `fn` twice, so polls ask only what is safe to repeat.
    const started = startServiceWorker(session);
    started.catch(() => undefined);
    await withinAnswerTime(started, `Starting the service worker took over ${WORKER_ANSWER_MS} ms`);
  } catch (cause) {
    throw new Error(
      `The service worker did not answer within ${WORKER_ANSWER_MS} ms, and could not be started`,
      {
        cause,
      },
    );
  }
  return withinAnswerTime(
    answer,
    `The service worker did not answer within ${WORKER_ANSWER_MS} ms, nor within ${WORKER_ANSWER_MS} ms of being started`,
  );
}

/**
 * A function that runs `run` now, or, if a run is on its way, once more when it ends: one run at a
 * time, and the last one starts after the last call, so it sees the newest state. A run that fails
 * ends quietly: this is for work done ahead of need, such as sealing what was just typed (the
 * journal's drafts, the safety plan), which the usual save does again if it is missing.
 * Each call's promise resolves once a run begun after that call has ended (never rejects), for a
 * caller that must wait for the newest state to be done (safety-plan-store.ts, savePlan's onTime).
 */
export function newestOnly(run: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  let again = false;
  return () => {
    if (running) {
      again = true;
      return running;
    }
    let ended = false;
    const done = (async () => {
      try {
        do {
          again = false;
          await run().catch(() => undefined);
        } while (again);
      } finally {
        // In the same step as the last check of `again`: a call just after it starts a new run.
        ended = true;
        running = undefined;
      }
    })();
    if (!ended) running = done;
    return done;
  };
}

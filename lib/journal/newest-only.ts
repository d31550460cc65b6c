/**
 * A function that runs `run` now, or, if a run is on its way, once more when it ends: one run at a
 * time, and the last one starts after the last call, so it sees the newest state. A run that fails
 * ends quietly: this is for work done ahead of need, such as sealing what was just typed (the
 * journal's drafts, the safety plan), which the usual save does again if it is missing.
 */
export function newestOnly(run: () => Promise<void>): () => void {
  let running = false;
  let again = false;
  return () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    void (async () => {
      do {
        again = false;
        await run();
      } while (again);
    })()
      .catch(() => undefined)
      .finally(() => (running = false));
  };
}

/**
 * Calls `run` once the browser has painted what the HTML already shows: the next animation frame
 * comes just before a paint, and a task queued from it runs after that paint, so the app's script
 * cannot hold back the paint of the screen the HTML already shows (issue 21). A page opened hidden
 * gets no frames, so a timer runs it anyway.
 */
export function afterFirstPaint(run: () => void, latestMs = 200): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    run();
  };
  requestAnimationFrame(() => setTimeout(once, 0));
  setTimeout(once, latestMs);
}

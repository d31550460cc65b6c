/**
 * The meta element naming the app's module in the popup's and side panel's HTML: the build moves the
 * module there from its script tag (scripts/prerender/plugin.ts), and entrypoints/first-screen.ts
 * loads it after the first paint.
 */
export const APP_MODULE_META = 'been-there:app-module';

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

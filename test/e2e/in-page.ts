// Checks that run inside an extension page, shared by the Chromium (Playwright) and Firefox
// (Puppeteer) harnesses: both pass a function and one argument to page.evaluate().
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
/** Injected as text: extension pages forbid remote and inline scripts. */
export const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export const hasAxe = () => 'axe' in window;

/** Runs axe-core (already injected) on the whole document; one line per violation. */
export async function runAxe(tags: string[]): Promise<string[]> {
  const axe = (
    window as unknown as {
      axe: {
        run: (
          ctx: Document,
          opts: object,
        ) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
      };
    }
  ).axe;
  const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Interactive elements smaller than 24 x 24 CSS px (WCAG 2.2 target size, minimum). */
export function smallTargetsInPage(): string[] {
  return [...document.querySelectorAll<HTMLElement>('button, a[href], select, input, summary, [role="tab"]')]
    .filter((el) => el.checkVisibility())
    .map((el) => ({ el, box: el.getBoundingClientRect() }))
    .filter(({ box }) => box.width < 24 || box.height < 24)
    .map(
      ({ el, box }) =>
        `${el.tagName} "${el.textContent?.trim()}" ${Math.round(box.width)}x${Math.round(box.height)}`,
    );
}

/**
 * True when the element's box lies wholly inside the window, else where it is (for the failure
 * message). Half a pixel is allowed at each edge: Firefox scrolls by whole pixels, so an element
 * scrolled to the bottom edge can end 0.48 px past it (seen in CI), which no person can see.
 */
export function boxInWindow(el: Element): true | string {
  const box = el.getBoundingClientRect();
  const slack = 0.5;
  const inside =
    box.top >= -slack &&
    box.left >= -slack &&
    box.bottom <= window.innerHeight + slack &&
    box.right <= window.innerWidth + slack;
  return (
    inside ||
    `"${el.textContent?.trim().slice(0, 40)}" at ${box.left}..${box.right} x ${box.top}..${box.bottom}, ` +
      `window ${window.innerWidth}x${window.innerHeight}, scrollY ${window.scrollY}`
  );
}

export function horizontalScrollInPage(): boolean {
  return document.documentElement.scrollWidth > document.documentElement.clientWidth;
}

/**
 * What a person at this width cannot see without scrolling: every tab whose box is not wholly inside
 * the window, and the page's sideways overflow. Empty when everything fits.
 */
export function layoutProblemsInPage(): string[] {
  const root = document.documentElement;
  const problems: string[] = [];
  if (root.scrollWidth > root.clientWidth) {
    // Name the innermost elements that stick out, so a failure says what to fix.
    const outside = [...document.body.querySelectorAll<HTMLElement>('*')].filter(
      (el) => el.getBoundingClientRect().right > root.clientWidth + 0.5,
    );
    const culprits = outside
      .filter((el) => !outside.some((other) => other !== el && el.contains(other)))
      .slice(0, 3)
      .map((el) => `${el.tagName.toLowerCase()} "${el.textContent?.slice(0, 40)}"`);
    problems.push(
      `scrolls sideways: scrollWidth ${root.scrollWidth} > clientWidth ${root.clientWidth} (${culprits.join(', ')})`,
    );
  }
  for (const tab of document.querySelectorAll<HTMLElement>('[role="tab"]')) {
    const box = tab.getBoundingClientRect();
    const inside =
      box.left >= 0 && box.top >= 0 && box.right <= root.clientWidth && box.bottom <= window.innerHeight;
    if (!inside) {
      problems.push(
        `tab "${tab.textContent}" at ${Math.round(box.left)}..${Math.round(box.right)} x ` +
          `${Math.round(box.top)}..${Math.round(box.bottom)}, window ${root.clientWidth}x${window.innerHeight}`,
      );
    }
  }
  return problems;
}

/** Widths and zoom levels a person really uses; both browsers' suites check each, in English and French. */
export interface LayoutCase {
  name: string;
  path: string;
  /** The window (or side panel) size in screen pixels. */
  width: number;
  height: number;
  /** Browser zoom: the page is laid out in width / zoom CSS pixels. */
  zoom: number;
}

export const LAYOUT_CASES: LayoutCase[] = [
  { name: 'side panel 250 px wide', path: 'sidepanel.html', width: 250, height: 700, zoom: 1 },
  { name: 'side panel 320 px wide at 150% zoom', path: 'sidepanel.html', width: 320, height: 700, zoom: 1.5 },
  { name: 'popup 380x600 at 125% zoom', path: 'popup.html', width: 380, height: 600, zoom: 1.25 },
  { name: 'options 320 px wide at 150% zoom', path: 'options.html', width: 320, height: 700, zoom: 1.5 },
];

/** Selects the tab at this index by clicking it, and says which tab that is. */
export function selectTabInPage(index: number): string {
  const tab = document.querySelectorAll<HTMLElement>('[role="tab"]')[index];
  tab?.click();
  return tab?.textContent ?? '';
}

/**
 * The journal's search index as stored: whether it describes the notes on disk now (`current`),
 * whether its first shard's ciphertext is a Blob, and that shard's IV. A rebuilt index is sealed
 * with new IVs, so the same IV after another page opened the journal means that page read the
 * index from disk instead of decrypting every note again.
 */
export async function searchShardInPage(): Promise<{ current: boolean; blob: boolean; iv: string } | null> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('been-there-journal');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const store = db.transaction('search').objectStore('search');
  const read = <T>(key: string) =>
    new Promise<T | undefined>((resolve, reject) => {
      const request = store.get(key);
      request.onsuccess = () => resolve(request.result as T | undefined);
      request.onerror = () => reject(request.error);
    });
  const [head, version, shard] = await Promise.all([
    read<{ version: string }>('index'),
    read<string>('notesVersion'),
    read<{ iv: Uint8Array; ct: unknown }>('shard/0'),
  ]);
  db.close();
  if (!head || !shard) return null;
  return {
    current: head.version === version,
    blob: shard.ct instanceof Blob,
    iv: Array.from(shard.iv).join(','),
  };
}

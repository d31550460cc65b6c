import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { AUTOSAVE_MAX_WAIT_MS, AUTOSAVE_MS, createAutosave } from '../../../lib/journal/autosave';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** Saves, by time since the test began. */
function editor() {
  const start = Date.now();
  const saves: number[] = [];
  const autosave = createAutosave(() => saves.push(Date.now() - start));
  return { autosave, saves };
}

it('saves a moment after the last edit', async () => {
  const { autosave, saves } = editor();
  autosave.schedule();
  await vi.advanceTimersByTimeAsync(300);
  autosave.schedule();
  await vi.advanceTimersByTimeAsync(AUTOSAVE_MS * 3);
  expect(saves).toEqual([300 + AUTOSAVE_MS]);
});

it('typing at a stretch is saved along the way, not only at the first pause', async () => {
  const { autosave, saves } = editor();
  // A key every 100 ms for 5 s: never a pause of AUTOSAVE_MS.
  for (let t = 0; t < 5_000; t += 100) {
    autosave.schedule();
    await vi.advanceTimersByTimeAsync(100);
  }
  expect(saves).toEqual([AUTOSAVE_MAX_WAIT_MS, 2 * AUTOSAVE_MAX_WAIT_MS]);
  await vi.advanceTimersByTimeAsync(AUTOSAVE_MS);
  expect(saves.at(-1)).toBe(4_900 + AUTOSAVE_MS);
});

/** Saves and whether each was quiet; each save not quiet cancels what is pending, as the stores do. */
function storeLikeEditor() {
  const start = Date.now();
  const saves: Array<[number, boolean]> = [];
  const autosave = createAutosave((whileTyping) => {
    if (!whileTyping) autosave.cancel();
    saves.push([Date.now() - start, whileTyping]);
  });
  return { autosave, saves };
}

it('typing that stops just after a save made while typing still gets a save at the pause, which is not quiet', async () => {
  const { autosave, saves } = storeLikeEditor();
  // A key every 100 ms until 1,800 ms: the save comes while typing (at 2,000), then nothing more.
  for (let t = 0; t <= 1_800; t += 100) {
    autosave.schedule();
    await vi.advanceTimersByTimeAsync(100);
  }
  await vi.advanceTimersByTimeAsync(AUTOSAVE_MS * 3);
  expect(saves).toEqual([
    [AUTOSAVE_MAX_WAIT_MS, true],
    [1_800 + AUTOSAVE_MS, false],
  ]);
});

it('cancel leaves nothing pending, and the next edit waits afresh', async () => {
  const { autosave, saves } = editor();
  for (let t = 0; t < 1_900; t += 100) {
    autosave.schedule();
    await vi.advanceTimersByTimeAsync(100);
  }
  autosave.cancel();
  await vi.advanceTimersByTimeAsync(AUTOSAVE_MAX_WAIT_MS);
  expect(saves).toEqual([]);
  autosave.schedule();
  await vi.advanceTimersByTimeAsync(AUTOSAVE_MS);
  expect(saves).toEqual([1_900 + AUTOSAVE_MAX_WAIT_MS + AUTOSAVE_MS]);
});

it('no save at the pause after cancel (a lock, a save made another way)', async () => {
  const { autosave, saves } = storeLikeEditor();
  for (let t = 0; t <= 1_800; t += 100) {
    autosave.schedule();
    await vi.advanceTimersByTimeAsync(100);
  }
  await vi.advanceTimersByTimeAsync(AUTOSAVE_MAX_WAIT_MS - 1_900);
  expect(saves).toEqual([[AUTOSAVE_MAX_WAIT_MS, true]]);
  autosave.cancel();
  await vi.advanceTimersByTimeAsync(AUTOSAVE_MS * 3);
  expect(saves).toEqual([[AUTOSAVE_MAX_WAIT_MS, true]]);
});

import { describe, expect, it } from 'vitest';
import { newestOnly } from '../../../lib/journal/newest-only';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('newestOnly', () => {
  it('runs one at a time, and once more after the last call, with the newest state', async () => {
    let state = 'a';
    const seen: string[] = [];
    let running = 0;
    let most = 0;
    const release: (() => void)[] = [];
    const run = newestOnly(async () => {
      running++;
      most = Math.max(most, running);
      const read = state;
      await new Promise<void>((resolve) => release.push(resolve));
      seen.push(read);
      running--;
    });
    run();
    state = 'b';
    run();
    state = 'c';
    run();
    while (release.length) {
      release.shift()!();
      await settle();
    }
    // The first run, then one more for the two calls made during it, which reads the newest state.
    expect(seen).toEqual(['a', 'c']);
    expect(most).toBe(1);
  });

  it('a failed run ends quietly, and the next call runs again', async () => {
    const runs: string[] = [];
    let fail = true;
    const run = newestOnly(async () => {
      runs.push(fail ? 'failed' : 'ran');
      if (fail) throw new Error('no key');
    });
    run();
    await settle();
    fail = false;
    run();
    await settle();
    expect(runs).toEqual(['failed', 'ran']);
  });

  it('a call made just as the last run ends, at any depth of microtasks, starts a new run', async () => {
    for (let depth = 0; depth < 8; depth++) {
      let runs = 0;
      let release!: () => void;
      const run = newestOnly(async () => {
        runs++;
        await new Promise<void>((resolve) => (release = resolve));
      });
      void run();
      release();
      let later = Promise.resolve();
      for (let i = 0; i < depth; i++) later = later.then(() => undefined);
      await later;
      void run();
      await settle();
      expect([depth, runs]).toEqual([depth, 2]);
      release();
      await settle();
    }
  });

  it('each call’s promise resolves once a run begun after it has ended, and never rejects', async () => {
    let state = 'a';
    const ended: string[] = [];
    const release: (() => void)[] = [];
    const run = newestOnly(async () => {
      const read = state;
      await new Promise<void>((resolve) => release.push(resolve));
      ended.push(read);
      if (read === 'b') throw new Error('failed');
    });
    void run();
    state = 'b';
    const second = run();
    let secondDone = false;
    void second.then(() => (secondDone = true));
    release.shift()!();
    await settle();
    // The run that read 'a' has ended, but the one begun after the second call has not.
    expect(ended).toEqual(['a']);
    expect(secondDone).toBe(false);
    release.shift()!();
    await expect(second).resolves.toBeUndefined();
    expect(ended).toEqual(['a', 'b']);
  });
});

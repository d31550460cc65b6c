import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handOffToBackground, type ClosingWrite } from '../../../lib/journal/closing-writes';
import { registerClosingWrites } from '../../../lib/journal/closing-writes.background';
import { createNotesChanges, PLAN_CHANNEL } from '../../../lib/journal/notes-changes';
import { createRepository, type JournalRepository } from '../../../lib/journal/repository';
import { bytes, vaultHolding } from './repository-fixtures';

const draft = (id: string) => ({ id, updatedAt: 5, iv: bytes(1), ct: bytes(2) });
const plan = (updatedAt: number) => ({ updatedAt, iv: bytes(3), ct: bytes(4) });
/** What runtime.onMessage is told of a message from one of the extension's own pages. */
const ownPage = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/sidepanel.html') };

/** A message as runtime.sendMessage delivers it (the fake's own sendMessage names no sender). */
const deliver = async (message: unknown, sender: object = ownPage) =>
  (await fakeBrowser.runtime.onMessage.trigger(message, sender)).find((answer) => answer !== undefined);

/** What the pages hear on a channel while `run` goes on. */
async function heard(channel: string, run: () => Promise<unknown>) {
  const changes: string[] = [];
  const stop = createNotesChanges(channel).watch((change) => changes.push(change));
  try {
    await run();
    // BroadcastChannel delivers in a later task.
    await new Promise((resolve) => setTimeout(resolve, 50));
    return changes;
  } finally {
    stop();
  }
}

let repo: JournalRepository;
beforeEach(async () => {
  fakeBrowser.reset();
  globalThis.indexedDB = new IDBFactory();
  repo = createRepository('closing-writes');
  await repo.createVault(vaultHolding('k1'));
  registerClosingWrites(repo);
});
afterEach(() => repo.close());

describe('a closing page’s writes, handed to the background (Firefox)', () => {
  const writes = handOffToBackground((message) => deliver(message));

  it('writes a draft sealed under the vault’s key, and tells the open pages', async () => {
    const changes = await heard('been-there-journal-notes', () =>
      writes.draft('popup', draft('mine'), 'k1')!,
    );
    expect((await repo.drafts()).map((d) => [d.slot, d.record])).toEqual([['popup', draft('mine')]]);
    expect(changes).toEqual(['draft']);
  });

  it('refuses a draft sealed under a key the vault no longer holds: rejected, nothing written', async () => {
    await expect(writes.draft('popup', draft('old key'), 'k2')).rejects.toThrow();
    expect(await repo.drafts()).toEqual([]);
  });

  it('writes a plan only over an older one, and never over one saved elsewhere since `over`', async () => {
    const changes = await heard(PLAN_CHANNEL, () => writes.plan(plan(10), 'k1', 0)!);
    expect(changes).toEqual(['notes']);
    expect((await repo.plan())?.updatedAt).toBe(10);
    // Sealed before the plan on disk: refused.
    await expect(writes.plan(plan(9), 'k1', 0)).rejects.toThrow();
    // Newer, but its edits began from a plan older than the one another page saved since: refused.
    await expect(writes.plan(plan(20), 'k1', 5)).rejects.toThrow();
    expect((await repo.plan())?.updatedAt).toBe(10);
    // From the plan on disk: written.
    await writes.plan(plan(30), 'k1', 10);
    expect((await repo.plan())?.updatedAt).toBe(30);
    // Over a plan saved since by the same page (`own`, its IV): written; over another page's: refused.
    await expect(writes.plan(plan(40), 'k1', 10, [bytes(9)])).rejects.toThrow();
    await writes.plan(plan(40), 'k1', 10, [...Array.from({ length: 7 }, () => bytes(9)), plan(30).iv]);
    expect((await repo.plan())?.updatedAt).toBe(40);
  });

  it('answers nothing to another sender or another message, and writes nothing', async () => {
    const message: ClosingWrite = {
      type: 'been-there/closing-write',
      kind: 'draft',
      slot: 'popup',
      keyId: 'k1',
      record: draft('x'),
    };
    expect(await deliver(message)).toEqual({ written: true });
    await repo.clearDraft('popup');
    // Another extension, a web page, a sender with no address.
    expect(await deliver(message, { id: 'another-extension', url: ownPage.url })).toBeUndefined();
    expect(await deliver(message, { id: ownPage.id, url: 'https://example.org/' })).toBeUndefined();
    expect(await deliver(message, {})).toBeUndefined();
    // Malformed: bytes as text, an unknown field, no key, an unknown kind.
    const record = draft('x');
    for (const bad of [
      { ...message, record: { ...record, ct: 'AAAA' } },
      { ...message, extra: true },
      { ...message, keyId: undefined },
      { ...message, kind: 'note' },
      { type: message.type, kind: 'plan', keyId: 'k1', record: plan(50), own: [1] },
      {
        type: message.type,
        kind: 'plan',
        keyId: 'k1',
        record: plan(50),
        own: Array.from({ length: 9 }, () => bytes(1)),
      },
      'been-there/closing-write',
    ])
      expect(await deliver(bad)).toBeUndefined();
    expect(await repo.drafts()).toEqual([]);
  });
});

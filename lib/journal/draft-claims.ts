/**
 * Which page owns which draft slot (see journal-store.ts): a Web Lock per slot, held until the
 * page closes. A page that opens may take over a draft only when no open page holds it.
 */
export interface DraftClaims {
  /** True when this page now holds the slot (or already did). */
  claim(slot: string): Promise<boolean>;
  /**
   * Waits until no page holds the slot (its page closed), then asks `take`: true keeps the slot
   * for this page, false lets it go at once.
   */
  whenFree(slot: string, take: () => boolean): void;
  /** The draft slots other pages hold now: open pages, and pages still closing. */
  heldElsewhere(): Promise<string[]>;
}

const PREFIX = 'been-there-draft:';

export function createDraftClaims(locks: LockManager | undefined = navigator.locks): DraftClaims {
  const held = new Set<string>();
  const asking = new Map<string, Promise<boolean>>();
  return {
    claim(slot) {
      if (held.has(slot)) return Promise.resolve(true);
      // Without Web Locks (Chromium and Firefox have them) a page takes the newest draft: words are
      // still safe unless two pages open at the same moment.
      if (!locks) return Promise.resolve(true);
      // Two claims of one slot at once share one request, so the second does not see it taken.
      let request = asking.get(slot);
      if (!request) {
        request = new Promise<boolean>((resolve) => {
          void locks.request(`${PREFIX}${slot}`, { ifAvailable: true }, (lock) => {
            resolve(lock !== null);
            return lock ? new Promise<void>(() => undefined) : undefined;
          });
        }).then((got) => {
          asking.delete(slot);
          if (got) held.add(slot);
          return got;
        });
        asking.set(slot, request);
      }
      return request;
    },
    whenFree(slot, take) {
      if (!locks || held.has(slot)) return;
      void locks.request(`${PREFIX}${slot}`, () => {
        if (!take()) return undefined;
        held.add(slot);
        return new Promise<void>(() => undefined);
      });
    },
    async heldElsewhere() {
      if (!locks) return [];
      const names = (await locks.query()).held?.map((lock) => lock.name ?? '') ?? [];
      return names.flatMap((name) => {
        const slot = name.startsWith(PREFIX) ? name.slice(PREFIX.length) : '';
        return slot && !held.has(slot) ? [slot] : [];
      });
    },
  };
}

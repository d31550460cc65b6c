/**
 * Which page owns which draft slot (see journal-store.ts): a Web Lock per slot, held until the
 * page closes. A page that opens may take over a draft only when no open page holds it.
 */
export interface DraftClaims {
  /** True when this page now holds the slot (or already did). */
  claim(slot: string): Promise<boolean>;
}

export function createDraftClaims(locks: LockManager | undefined = navigator.locks): DraftClaims {
  const held = new Set<string>();
  return {
    async claim(slot) {
      if (held.has(slot)) return true;
      // Without Web Locks (Chromium and Firefox have them) a page takes the newest draft: words are
      // still safe unless two pages open at the same moment.
      if (!locks) return true;
      const got = await new Promise<boolean>((resolve) => {
        void locks.request(`been-there-draft:${slot}`, { ifAvailable: true }, (lock) => {
          resolve(lock !== null);
          return lock ? new Promise<void>(() => undefined) : undefined;
        });
      });
      if (got) held.add(slot);
      return got;
    },
  };
}

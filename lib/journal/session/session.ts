import { importDataKey, importSealingKey, keyIdOf, type Bytes } from '../crypto';

/**
 * One page's side of the journal's session: the one owner of "is this page unlocked".
 *
 * - The key lives in storage.session only (lock.ts). `dataKey()` reads it there at every use and
 *   never keeps it; a page that finds it gone locks itself.
 * - `epoch` counts this page's locks (its own Lock, or a lock seen from elsewhere). Every async
 *   operation takes a ticket before its first await and writes nothing once its ticket is stale.
 * - The session also has a shared epoch, changed by every lock in any page or the background:
 *   an unlock checks it before and after writing the key, so a lock in between always wins.
 */
export interface SessionKeys {
  key(): Promise<Bytes | null>;
  epoch(): Promise<string | null>;
  /**
   * Puts the key in the session; `began` is the shared epoch the unlock began under. May resolve to
   * a check that says whether the key in the session now outlived a lock (lock.ts); without one, it
   * is assumed to.
   */
  unlocked(raw: Bytes, began: string | null): Promise<void | (() => Promise<boolean>)>;
  lock(): Promise<void>;
}

export type SessionState = 'locked' | 'unlocking' | 'unlocked' | 'locking';

/** The journal locked while this operation ran: it stopped and wrote nothing. */
export class StaleError extends Error {
  constructor() {
    super('journal locked meanwhile');
  }
}

export interface Ticket {
  readonly local: number;
  /** The shared epoch, read once the first time it is needed. */
  shared?: Promise<string | null>;
}

/** What seals a record: an encrypt-only key, and the id the vault knows it by. */
export interface Sealer {
  key: CryptoKey;
  keyId: string;
}

export function createPageSession(keys: SessionKeys) {
  let epoch = 0;
  /**
   * An encrypt-only copy of the data key, made at each read of the key and dropped at every lock
   * this page sees. It cannot decrypt or be exported: it only lets the save made as the page closes
   * seal the last words typed, when reading the session may never answer.
   */
  let sealer: { epoch: number; value: Promise<Sealer> } | undefined;
  let state: SessionState = 'locked';
  /** Listeners told when this page locks itself (it found the key gone). */
  const gone = new Set<() => void>();
  /** Listeners told at every lock this page sees, so each view drops what it decrypted at once. */
  const forgotten = new Set<() => void>();

  const shared = (t: Ticket) => (t.shared ??= keys.epoch());
  /** Same page epoch, and no lock anywhere since the ticket was taken. */
  const valid = async (t: Ticket) =>
    t.local === epoch && (await shared(t)) === (await keys.epoch()) && t.local === epoch;

  const session = {
    get state() {
      return state;
    },
    /** Taken synchronously, before an operation's first await. */
    ticket(): Ticket {
      const t: Ticket = { local: epoch };
      // Read the shared epoch now, so that a lock from elsewhere after this moment is seen.
      void shared(t).catch(() => undefined);
      return t;
    },
    /** True while nothing locked this page since `t`: checked after every await, before any write. */
    current: (t: Ticket) => t.local === epoch,
    /** Throws StaleError when a lock (here or anywhere) came after `t`. */
    async check(t: Ticket) {
      if (!(await valid(t))) throw new StaleError();
    },
    /** The data key, read from the session now; gone means locked, and this page locks itself. */
    async dataKey(t?: Ticket): Promise<CryptoKey> {
      return importDataKey(await session.rawKey(t));
    },
    async rawKey(t?: Ticket): Promise<Bytes> {
      if (t && !session.current(t)) throw new StaleError();
      const raw = await keys.key();
      if (t && !session.current(t)) throw new StaleError();
      if (!raw) {
        session.forget();
        for (const listener of gone) listener();
        throw new StaleError();
      }
      if (sealer?.epoch !== epoch) {
        const value = Promise.all([importSealingKey(raw), keyIdOf(raw)]).then(([key, keyId]) => ({
          key,
          keyId,
        }));
        sealer = { epoch, value };
      }
      return raw;
    },
    /** Puts the key in the session, unless a lock came after `t`; a lock during the write wins too. */
    async remember(t: Ticket, raw: Bytes) {
      state = 'unlocking';
      await session.check(t);
      const outlived = await keys.unlocked(raw, await shared(t));
      if (!(await valid(t))) {
        // A lock came after this unlock began. If it came before the key was written, that key
        // outlived it and must go; so must the key of another unlock that straddled a lock too, its
        // page closed before it could check. If the session is locked, or holds the key of an
        // unlock begun since, locking again would undo that unlock (seconds later, under load).
        // storage.session has no compare-and-set: an unlock written between this check and the lock
        // is undone too, and its page locks as at any lock (its user unlocks again). Never the
        // reverse: no key outlives the lock.
        if (!outlived || (await outlived())) await session.lock();
        else session.forget();
        throw new StaleError();
      }
      state = 'unlocked';
    },
    /** The sealer kept since the last read of the key, unless this page has seen a lock since. */
    sealerNow(): Promise<Sealer> | undefined {
      return sealer?.epoch === epoch ? sealer.value : undefined;
    },
    /** Advances the epoch: every operation in flight in this page is stale from now on. */
    forget() {
      sealer = undefined;
      epoch++;
      state = 'locked';
      for (const listener of forgotten) listener();
    },
    /** Idempotent, and wins over everything in flight: the epoch moves before the first await. */
    async lock() {
      session.forget();
      state = 'locking';
      try {
        await keys.lock();
      } finally {
        if (state === 'locking') state = 'locked';
      }
    },
    /** Calls back when this page finds the key gone at its next use. Returns the unsubscribe. */
    onGone(listener: () => void) {
      gone.add(listener);
      return () => void gone.delete(listener);
    },
    /** Calls back, synchronously, every time this page's epoch moves (any lock it sees). */
    onForget(listener: () => void) {
      forgotten.add(listener);
      return () => void forgotten.delete(listener);
    },
  };
  return session;
}

export type PageSession = ReturnType<typeof createPageSession>;

import type { Backup } from './backup';
import {
  exportDataKey,
  importDataKey,
  keyIdOf,
  newDataKey,
  unwrapDataKey,
  wrapDataKey,
  type Bytes,
  type WrappedKey,
} from './crypto';
import { writeInPage, type ClosingWrites } from './closing-writes';
import type { Note } from './notes';
import { openPlan, openRecord, sealPlan, sealRecord, VAULT_CONTEXT, type RecordPlace } from './records';
import { openIndex, sealIndex, type IndexContents } from './search-index';
import type { SafetyPlan } from '../safety-plan/safety-plan';
import { createPageSession, StaleError, type SessionKeys, type Ticket } from './session/session';
import {
  JournalChangedError,
  type DraftRecord,
  type JournalContents,
  type JournalRepository,
  type NoteRecord,
  type PlanRecord,
  type VaultRecord,
} from './repository';

/**
 * The journal's key, as lib/journal/session/lock.ts keeps it: in the lock session while unlocked (shared by
 * every page, never on disk), gone when locked.
 */
export type JournalKeys = SessionKeys;

export type JournalStatus = 'off' | 'locked' | 'unlocked';

export class WrongPassphraseError extends Error {
  constructor() {
    super('wrong passphrase');
  }
}

/**
 * The passphrase opened the journal as it was read, but another page's change to a new key was
 * written meanwhile: it no longer does, and the journal is locked again.
 */
export class PassphraseChangedError extends Error {
  constructor() {
    super('passphrase changed meanwhile');
  }
}

/** A backup that decrypts but whose contents do not fit the note schema: refused whole. */
export class InvalidBackupError extends Error {
  constructor() {
    super('invalid backup contents');
  }
}

export interface RepairNote {
  id: string;
  iv: Bytes;
}

export interface ImportPlan {
  notes: Note[];
  /** Notes whose id already exists here: merge replaces them where the file's copy is newer. */
  existing: number;
  /** Of those, the ones this journal holds as new or newer: merge keeps this journal's copy. */
  newerHere: number;
  /**
   * Notes here that no longer open (damaged), by id and the IV of the damaged record: merge takes
   * the file's copy, whatever its time, if that record is still the one there.
   */
  repair: RepairNote[];
  /** The id of the key `repair` was judged with: under another key, nothing is repaired. */
  checkedWith?: string;
  /** Copies of the same note in the file: only the newest of each is imported. */
  duplicates: number;
  /** The file's safety plan, if it has one: it replaces this journal's only if newer (or with replace). */
  plan?: SafetyPlan;
}

/** The plan as read: none saved yet, or one that no longer opens (damaged, or not this key's). */
/** `iv`: the record's, which tells one write from another (two pages' saves can share a time). */
export type PlanRead = { plan: SafetyPlan | null; unreadable: boolean; iv?: Bytes };

export interface PageDraft {
  slot: string;
  note: Note;
}

/** A page's draft, sealed and ready to write (see sealDraft). */
export interface SealedDraft extends PageDraft {
  record: NoteRecord;
  keyId: string;
}

/** The plan on screen (`plan`), sealed ahead of need as `saved`, the copy that goes to disk. */
export interface SealedPlan {
  plan: SafetyPlan;
  saved: SafetyPlan;
  record: PlanRecord;
  keyId: string;
}

const NOTE: RecordPlace = { kind: 'note' };
const draftPlace = (slot: string): RecordPlace => ({ kind: 'draft', slot });
/** Tries again when a page saved while everything was being rewritten (see rewriteAll). */
const REWRITE_ATTEMPTS = 3;

/** `closingWrites`: how a closing page writes what it sealed ahead (closing-writes.ts). */
export function createJournal(
  repo: JournalRepository,
  keys: JournalKeys,
  newId: () => string,
  closingWrites: ClosingWrites = writeInPage(repo),
) {
  const session = createPageSession(keys);
  /** Read from the session at every use (session.ts): a key this page once had proves nothing. */
  const dataKey = (t?: Ticket) => session.dataKey(t);

  /** Unwraps a data key; any failure means the passphrase does not open it. */
  const unwrapWith = async (wrapped: WrappedKey, passphrase: string, bound: boolean) => {
    try {
      return await unwrapDataKey(wrapped, passphrase, bound ? VAULT_CONTEXT : undefined);
    } catch {
      throw new WrongPassphraseError();
    }
  };

  /** The id the vault knows a data key by. */
  const idOf = async (k: CryptoKey) => keyIdOf(await exportDataKey(k));

  const wrapVault = async (k: CryptoKey, passphrase: string, createdAt: number): Promise<VaultRecord> => ({
    ...(await wrapDataKey(k, passphrase, VAULT_CONTEXT)),
    createdAt,
    format: 2,
    keyId: await idOf(k),
  });

  const existingVault = async () => {
    const vault = await repo.vault();
    if (!vault) throw new Error('journal is off');
    return vault;
  };

  /** Opens what it can; a record that fails (damaged or tampered with) is counted, not shown. */
  const openNotes = async (records: NoteRecord[], k: CryptoKey) => {
    const opened = await Promise.allSettled(records.map((r) => openRecord(k, r, NOTE)));
    const notes = opened.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    return { notes, unreadable: records.length - notes.length };
  };

  /**
   * Re-encrypts everything with `to` (a new key, or the same key with records now bound), in one
   * transaction, retried if a page saved meanwhile. Returns the id of the key it replaced.
   */
  async function rewriteEverything(
    from: CryptoKey,
    fromBound: boolean,
    to: CryptoKey,
    passphrase: string,
  ): Promise<string> {
    const fromId = await idOf(from);
    for (let attempt = 1; ; attempt++) {
      const read = await repo.contents();
      if (!read) throw new Error('journal is off');
      // Read again after a refusal: a journal turned on anew since, with another key, is not this one.
      if (read.vault.keyId !== undefined && read.vault.keyId !== fromId) throw new Error('journal changed');
      const reseal = async (record: NoteRecord, place: RecordPlace) =>
        sealRecord(to, await openRecord(from, record, place, fromBound), place);
      const next: JournalContents = {
        vault: await wrapVault(to, passphrase, read.vault.createdAt),
        notes: await Promise.all(read.notes.map((r) => reseal(r, NOTE))),
        drafts: await Promise.all(
          read.drafts.map(async (d): Promise<DraftRecord> => ({
            slot: d.slot,
            record: await reseal(d.record, draftPlace(d.slot)),
          })),
        ),
        // The plan exists only bound (it came after format 2): the same plan, under the new key.
        ...(read.plan && { plan: await sealPlan(to, await openPlan(from, read.plan)) }),
      };
      try {
        await repo.rewriteAll(read, next);
        return fromId;
      } catch (error) {
        if (!(error instanceof JournalChangedError) || attempt === REWRITE_ATTEMPTS) throw error;
      }
    }
  }

  /**
   * The key to seal with, and its id: the repository writes only if the vault still holds this
   * key (a new key, or the journal deleted and turned on again, refuses a record no one could open).
   */
  const sealing = async (t?: Ticket, closing = false) => {
    // As the page closes, reading the session may never answer: the sealer the session kept (see
    // session.ts `sealerNow`) seals the last words instead.
    const kept = closing ? session.sealerNow() : undefined;
    if (kept) return kept;
    const raw = await session.rawKey(t);
    return { key: await importDataKey(raw), keyId: await keyIdOf(raw) };
  };

  const remember = async (t: Ticket, k: CryptoKey) => session.remember(t, await exportDataKey(k));

  /**
   * Locks every page if the session holds the key `keyId` names: one a change to a new key has just
   * replaced, which opens nothing now (every note would show unreadable, every save be refused).
   * The key is read first, so an unlock with the new passphrase made before stands; storage.session
   * has no compare-and-set, so one written between the read and the lock is undone too (its user
   * unlocks again), as in session.ts. Never the reverse: the old key does not outlive the change.
   */
  const lockIfSessionHolds = async (keyId: string) => {
    const raw = await keys.key().catch(() => undefined);
    // The session unreadable: it may hold that key, so every page locks.
    if (raw === undefined || (raw && (await keyIdOf(raw)) === keyId))
      await session.lock().catch(() => undefined);
  };

  return {
    async status(): Promise<JournalStatus> {
      if (!(await repo.vault())) return 'off';
      return (await keys.key()) ? 'unlocked' : 'locked';
    },
    /** This page's session: its epoch and tickets (session/session.ts). */
    session,
    /** This page saw a lock (from elsewhere): everything in flight here is stale. */
    forgetKey() {
      session.forget();
    },
    /**
     * Throws JournalExistsError if another page turned the journal on first: nothing is replaced.
     * Every operation below takes its ticket before its first await (a default argument).
     */
    async turnOn(passphrase: string, t = session.ticket()) {
      const k = await newDataKey();
      await repo.createVault(await wrapVault(k, passphrase, Date.now()));
      await remember(t, k);
    },
    /** Unlocks; a journal written before records were bound is rewritten, bound, first. */
    async unlock(passphrase: string, t = session.ticket()) {
      const vault = await existingVault();
      const bound = vault.format === 2;
      const k = await unwrapWith(vault, passphrase, bound);
      if (!bound) {
        await session.check(t);
        await rewriteEverything(k, false, k, passphrase);
      }
      await remember(t, k);
      // Another page's change to a new key may have been written since the vault was read: then
      // this passphrase no longer opens the journal, and the key just kept opens nothing. (A change
      // written after this read finds the key in the session itself: see changePassphrase.) The id
      // of the key unwrapped, not the vault's: a vault written before ids were kept has none.
      const keptId = await idOf(k);
      const now = await repo.vault().catch(() => undefined);
      if (now?.keyId !== undefined && now.keyId !== keptId) {
        await lockIfSessionHolds(keptId);
        throw new PassphraseChangedError();
      }
    },
    lock: () => session.lock(),
    /**
     * A new passphrase. By default the same data key is rewrapped: quick, and an old backup still
     * opens with the old passphrase, notes written later included if it is ever re-exported.
     * With `newKey`, every note and draft is re-encrypted under a fresh key: old backups then open
     * only what they held, with their old passphrase.
     */
    async changePassphrase(current: string, next: string, newKey = false, t = session.ticket()) {
      // Only while unlocked: a locked journal is never unlocked by a change of passphrase.
      await dataKey(t);
      const vault = await existingVault();
      const k = await unwrapWith(vault, current, true);
      await session.check(t);
      if (!newKey) return repo.putVault(await wrapVault(k, next, vault.createdAt));
      const fresh = await newDataKey();
      const oldId = await rewriteEverything(k, true, fresh, next);
      // Locked meanwhile: the journal now opens with the new passphrase, and stays locked. The change
      // itself is done, so it is not reported as failed (the user would keep trying the old one).
      await remember(t, fresh).catch(() => undefined);
      // The old key, if the session still holds it, opens nothing now, so every page locks and
      // opens again with the new passphrase. It is there when the browser refused to keep the new
      // one, or when another page unlocked with the old passphrase while the rewrite was written
      // (an unlock that read the vault before the rewrite and keeps its key after checks itself).
      await lockIfSessionHolds(oldId);
    },
    /**
     * Every readable note, newest first, from the sealed search index (search-index.ts) when it
     * describes the notes on disk. Otherwise from the records: only those the index does not hold
     * as they are now are decrypted, and the index is sealed again for the next time.
     */
    async notes(t = session.ticket()): Promise<IndexContents> {
      const raw = await session.rawKey(t);
      const k = await importDataKey(raw);
      const { index, version } = await repo.searchIndex();
      const previous = index && (await openIndex(k, index).catch(() => undefined));
      if (previous && index?.version === version) return previous;
      const read = await repo.notesWithVersion();
      const known = new Map((previous?.notes ?? []).map((note) => [note.id, note]));
      const opened = await Promise.allSettled(
        read.notes.map((record) => {
          const note = known.get(record.id);
          return note && note.updatedAt === record.updatedAt ? note : openRecord(k, record, NOTE);
        }),
      );
      const notes = opened.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
      const contents = { notes, unreadable: read.notes.length - notes.length };
      // Sealed only while this page saw no lock: after one, nothing is written (and the caller,
      // stale, shows nothing).
      if (session.current(t)) {
        const sealed = await sealIndex(k, read.version, contents);
        await repo.putSearchIndex(sealed, await keyIdOf(raw), () => session.current(t)).catch(() => false);
      }
      return contents;
    },
    /** The newest notes first, to show something at once while the rest decrypt. */
    async notesPage(limit: number, t?: Ticket) {
      const k = await dataKey(t);
      return openNotes(await repo.newestNotes(limit), k);
    },
    newNote(): Note {
      const now = Date.now();
      return { id: newId(), title: '', body: '', prompts: {}, createdAt: now, updatedAt: now };
    },
    /** Saves the note and clears this page's draft slot in one step; returns what was saved. */
    async saveNote(note: Note, slot: string, t?: Ticket): Promise<Note> {
      const saved = { ...note, updatedAt: Date.now() };
      const { key, keyId } = await sealing(t);
      await repo.commitDraft(await sealRecord(key, saved, NOTE), slot, keyId);
      return saved;
    },
    async deleteNote(id: string) {
      await repo.deleteNote(id);
    },
    async restoreNote(note: Note, t?: Ticket) {
      const { key, keyId } = await sealing(t);
      await repo.putNote(await sealRecord(key, note, NOTE), keyId);
    },
    /** `closing`: the page is being hidden or closed (see lastSealing). */
    async saveDraft(slot: string, note: Note, t?: Ticket, closing = false) {
      const { key, keyId } = await sealing(t, closing);
      await repo.putDraft(slot, await sealRecord(key, note, draftPlace(slot)), keyId);
    },
    /**
     * The draft sealed ahead of need, with the key this page last read (session.ts sealerNow), so
     * that a page closing can write it without awaiting anything (writeSealedDraft).
     */
    async sealDraft(slot: string, note: Note, t?: Ticket): Promise<SealedDraft> {
      const { key, keyId } = await sealing(t, true);
      return { slot, note, keyId, record: await sealRecord(key, note, draftPlace(slot)) };
    },
    /** Writes a sealed draft with every request sent before it returns; null if it cannot yet. */
    writeSealedDraft(sealed: SealedDraft): Promise<void> | null {
      return closingWrites.draft(sealed.slot, sealed.record, sealed.keyId);
    },
    /** Every page's draft, newest first; one that cannot be read is left where it is. */
    async drafts(t?: Ticket): Promise<PageDraft[]> {
      const k = await dataKey(t);
      const opened = await Promise.allSettled(
        (await repo.drafts()).map(async (d) => ({
          slot: d.slot,
          note: await openRecord(k, d.record, draftPlace(d.slot)),
        })),
      );
      return opened
        .flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []))
        .sort((a, b) => b.note.updatedAt - a.note.updatedAt);
    },
    async clearDraft(slot: string) {
      await repo.clearDraft(slot);
    },
    /**
     * Stops this page's work, deletes, then locks every page: they find the journal off. A write
     * from another page in between is refused by the repository (no vault, no key to match).
     */
    async deleteEverything() {
      session.forget();
      await repo.deleteEverything();
      // Deleted: a lock refused now leaves a key that opens nothing (there is no vault). Not
      // reported as a failed delete.
      await session.lock().catch(() => undefined);
    },
    /**
     * Every note on disk, decrypted, for a plain-text export: only with the passphrase typed again
     * (the unlock window alone is not enough to write notes in clear to a shared Downloads folder).
     */
    async notesForExport(passphrase: string, t = session.ticket()) {
      // Only while unlocked: the passphrase confirms, it does not unlock.
      await dataKey(t);
      const vault = await existingVault();
      const k = await unwrapWith(vault, passphrase, vault.format === 2);
      await session.check(t);
      return openNotes(await repo.notes(), k);
    },
    /** The safety plan, decrypted and checked; a plan that no longer opens is reported, not thrown. */
    async plan(t?: Ticket): Promise<PlanRead> {
      const k = await dataKey(t);
      const record = await repo.plan();
      if (!record) return { plan: null, unreadable: false };
      try {
        return { plan: await openPlan(k, record), unreadable: false, iv: record.iv };
      } catch {
        return { plan: null, unreadable: true };
      }
    },
    /**
     * The plan sealed ahead of need, as sealDraft, so that a page closing can write it without
     * awaiting anything (writeSealedPlan). Its time is the sealing's, and later than `after` (the
     * time of the plan this page's edits start from): the repository refuses a plan no newer than
     * the one on disk.
     */
    async sealPlanAhead(plan: SafetyPlan, t?: Ticket, after = 0): Promise<SealedPlan> {
      const saved = { ...plan, updatedAt: Math.max(Date.now(), plan.updatedAt + 1, after + 1) };
      const { key, keyId } = await sealing(t, true);
      return { plan, saved, keyId, record: await sealPlan(key, saved) };
    },
    /**
     * Writes a sealed plan with every request sent before it returns, with savePlan's checks (the
     * key, a plan saved since `over`, one as new or newer); null if it cannot yet. A refusal rejects, with
     * no reason given: the caller then saves the usual way, which says why. `own`: the IVs of this
     * page's writes still on their way, which may land first (they are not another page's).
     */
    writeSealedPlan(sealed: SealedPlan, over?: number, own?: readonly Bytes[]): Promise<void> | null {
      return closingWrites.plan(sealed.record, sealed.keyId, over, own);
    },
    /**
     * Seals and writes the plan, with the ticket and key check notes use: a save that a lock
     * overtook writes nothing (StaleError), and nothing is ever written unsealed.
     * `closing`: the page is being hidden or closed (see sealing). `over`: the time of the plan the
     * edits started from; a plan saved since by another page is not written over
     * (PlanChangedElsewhereError, not retried).
     * `onTime`: told each attempt's sealed record (its time and IV) before it is written, and waited
     * for: a page closing meanwhile seals its plan later than it and claims it as its own
     * (safety-plan-store.ts writeAtOnce).
     */
    async savePlan(
      plan: SafetyPlan,
      t?: Ticket,
      closing = false,
      over?: number,
      onTime?: (record: PlanRecord) => Promise<void> | void,
    ): Promise<SafetyPlan> {
      for (let attempt = 1; ; attempt++) {
        // Later than this page's copy and than the one on disk: two pages saving at once both land,
        // in order, and the last one saved is the plan (as with a note saved in two pages).
        const onDisk = (await repo.plan())?.updatedAt ?? 0;
        const saved = { ...plan, updatedAt: Math.max(Date.now(), plan.updatedAt + 1, onDisk + 1) };
        const { key, keyId } = await sealing(t, closing);
        try {
          const record = await sealPlan(key, saved);
          await onTime?.(record);
          // A lock while it waited: nothing is written (the usual rule, checked again after the wait).
          if (t && !session.current(t)) throw new StaleError();
          await repo.putPlan(record, keyId, over);
          return saved;
        } catch (error) {
          // Refused because another page saved meanwhile (not for a key that changed): try again.
          if (!(error instanceof JournalChangedError) || attempt === REWRITE_ATTEMPTS) throw error;
          if (((await repo.plan())?.updatedAt ?? 0) < saved.updatedAt) throw error;
        }
      }
    },
    async vaultForBackup(): Promise<{ vault: VaultRecord; notes: NoteRecord[]; plan?: PlanRecord }> {
      const contents = await repo.contents();
      if (!contents) throw new Error('journal is off');
      return { vault: contents.vault, notes: contents.notes, plan: contents.plan };
    },
    /**
     * Decrypts a backup with its passphrase and checks every note with the schema stored notes
     * use, to show what an import would add. One note that does not fit refuses the whole file.
     * Writes nothing.
     */
    async planImport(backup: Backup, passphrase: string, t?: Ticket): Promise<ImportPlan> {
      const backupKey = await unwrapWith(backup.vault, passphrase, backup.bound);
      let notes: Note[];
      let plan: SafetyPlan | undefined;
      try {
        notes = await Promise.all(
          backup.notes.map((record) => openRecord(backupKey, record, NOTE, backup.bound)),
        );
        if (backup.plan) plan = await openPlan(backupKey, backup.plan);
      } catch {
        throw new InvalidBackupError();
      }
      const newest = new Map<string, Note>();
      for (const note of notes) {
        const seen = newest.get(note.id);
        if (!seen || note.updatedAt > seen.updatedAt) newest.set(note.id, note);
      }
      // Damage is judged with one key, named in the plan: if the journal's key has changed by the
      // time the import is written (a passphrase change to a new key), no note is "repaired".
      const { key: k, keyId: checkedWith } = await sealing(t);
      const here = new Map((await repo.notes()).map((record) => [record.id, record]));
      const unique = [...newest.values()];
      const asNewHere = unique.filter((n) => (here.get(n.id)?.updatedAt ?? -Infinity) >= n.updatedAt);
      // A note here that no longer opens (damaged on this device) is repaired by the file's copy,
      // even one of the same time: merging keeps only the notes here that still open. Each is
      // named with its IV, so that a record written there since is not repaired (importNotes).
      const opens = await Promise.allSettled(asNewHere.map((n) => openRecord(k, here.get(n.id)!, NOTE)));
      const repair = asNewHere
        .filter((_, i) => opens[i]!.status === 'rejected')
        .map((n) => ({ id: n.id, iv: here.get(n.id)!.iv }));
      return {
        notes: unique,
        existing: unique.filter((n) => here.has(n.id)).length,
        newerHere: asNewHere.length - repair.length,
        repair,
        checkedWith,
        duplicates: notes.length - unique.length,
        ...(plan && { plan }),
      };
    },
    /** Re-encrypts the planned notes under this journal's key, then writes them in one transaction. */
    async applyImport(plan: ImportPlan, replace: boolean, t?: Ticket) {
      const { key, keyId } = await sealing(t);
      const records = await Promise.all(plan.notes.map((note) => sealRecord(key, note, NOTE)));
      for (let attempt = 1; ; attempt++) {
        // Merging, the plan keeps its own time, so the repository can tell whether it is newer
        // than this one. Replacing takes it even if older: stamped later than the plan here, so
        // that every open page sees a plan it has not read (and follows it, or asks), not its own.
        // A plan saved here after that stamp was taken makes the repository refuse (replace
        // requires a stamp later than the plan it replaces): stamped again, and tried again.
        const here = replace && plan.plan ? await repo.plan() : undefined;
        const filePlan =
          plan.plan && replace
            ? {
                ...plan.plan,
                updatedAt: Math.max(Date.now(), (here?.updatedAt ?? 0) + 1, plan.plan.updatedAt),
              }
            : plan.plan;
        const sealedPlan = filePlan && (await sealPlan(key, filePlan));
        try {
          const repair = plan.checkedWith === keyId ? plan.repair : [];
          return await repo.importNotes(records, replace, keyId, sealedPlan, repair);
        } catch (error) {
          if (!(error instanceof JournalChangedError) || !sealedPlan || attempt === REWRITE_ATTEMPTS)
            throw error;
        }
      }
    },
  };
}

export type Journal = ReturnType<typeof createJournal>;

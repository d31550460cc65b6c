import * as v from 'valibot';
import type { Bytes } from './crypto';
import { JournalChangedError, type JournalRepository, type NoteRecord, type PlanRecord } from './repository';

/**
 * How a page that is closing writes what it sealed ahead (journal.ts writeSealedDraft and
 * writeSealedPlan): every request goes out before the function returns, because the page may be
 * gone before any await resumes. Null when it cannot go out yet (the caller saves the usual way).
 * A plan's `over` and `own`: as repository.ts putPlan.
 */
export interface ClosingWrites {
  draft(slot: string, record: NoteRecord, keyId: string): Promise<void> | null;
  plan(record: PlanRecord, keyId: string, over?: number, own?: readonly Bytes[]): Promise<void> | null;
}

/** Chromium: the page writes through its own open connection; the write lands after the page is gone. */
export const writeInPage = (repo: JournalRepository): ClosingWrites => ({
  draft: (slot, record, keyId) => repo.putDraftAtOnce(slot, record, keyId),
  plan: (record, keyId, over, own) => repo.putPlanAtOnce(record, keyId, over, own),
});

/** How long a page's next write waits for the answer to a write it handed to the background. */
export const SENT_WAIT_MS = 5_000;

/**
 * What a page's later writes wait for behind a closing write it sent: its answer, or SENT_WAIT_MS,
 * whichever comes first; never a rejection. A background that never answers must not stop every
 * later save.
 */
export const answeredOrLate = (sent: Promise<unknown>): Promise<unknown> =>
  Promise.race([sent.catch(() => undefined), new Promise((resolve) => setTimeout(resolve, SENT_WAIT_MS))]);

/** The most of a page's own writes a plan write names (safety-plan-store.ts): its newest ones. */
export const MAX_OWN_WRITES = 8;
/** The `type` of that message. */
const CLOSING_WRITE = 'been-there/closing-write';
const Bytes = v.custom<NoteRecord['iv']>((value) => value instanceof Uint8Array);
const Time = v.pipe(v.number(), v.integer(), v.minValue(0));
const Text = v.pipe(v.string(), v.minLength(1), v.maxLength(200));

/** The one message a page sends the background: a sealed record to write (ciphertext, never a key). */
export const ClosingWriteSchema = v.variant('kind', [
  v.strictObject({
    type: v.literal(CLOSING_WRITE),
    kind: v.literal('draft'),
    slot: Text,
    keyId: Text,
    record: v.strictObject({ id: Text, updatedAt: Time, iv: Bytes, ct: Bytes }),
  }),
  v.strictObject({
    type: v.literal(CLOSING_WRITE),
    kind: v.literal('plan'),
    keyId: Text,
    over: v.optional(Time),
    own: v.optional(v.pipe(v.array(Bytes), v.maxLength(MAX_OWN_WRITES))),
    record: v.strictObject({ updatedAt: Time, iv: Bytes, ct: Bytes }),
  }),
]);
export type ClosingWrite = v.InferOutput<typeof ClosingWriteSchema>;
/** The background's answer: written, or not (refused by the repository's checks, or failed). */
export type ClosingWriteAnswer = { written: boolean };

/**
 * Firefox ends a closing page's unfinished IndexedDB transactions, so a write made there as the page
 * closes is lost. A message sent at that moment still reaches the background, which outlives the
 * page: the page hands it the sealed record, and the background writes it with the same checks
 * (closing-writes.background.ts). `send` is runtime.sendMessage: the message leaves before it returns.
 */
export function handOffToBackground(send: (message: ClosingWrite) => Promise<unknown>): ClosingWrites {
  const handOff = (message: ClosingWrite): Promise<void> | null => {
    let sent: Promise<unknown>;
    try {
      sent = send(message);
    } catch {
      // Not sent (no background to send to): the caller saves the usual way.
      return null;
    }
    return sent.then((answer) => {
      if (!(answer as ClosingWriteAnswer | undefined)?.written) throw new JournalChangedError();
    });
  };
  const type = CLOSING_WRITE;
  return {
    draft: (slot, record, keyId) => handOff({ type, kind: 'draft', slot, keyId, record }),
    plan: (record, keyId, over, own) =>
      handOff({
        type,
        kind: 'plan',
        keyId,
        record,
        ...(over === undefined ? {} : { over }),
        ...(own?.length ? { own: [...own] } : {}),
      }),
  };
}

import * as v from 'valibot';
import { open, seal } from './crypto';
import { NoteSchema, type Note } from './notes';
import type { NoteRecord, PlanRecord } from './repository';
import { PLAN_FORMAT, SafetyPlanSchema, type SafetyPlan } from '../safety-plan/safety-plan';

/**
 * What each ciphertext is bound to (AES-GCM additional data, format 2). A record moved under
 * another id (swap), a draft copied into the notes (promote) or an older ciphertext put back under
 * a newer time (rollback) no longer decrypts. Not detectable this way: replacing a whole record,
 * time included, by an older copy of itself, or deleting one (PRIVACY.md says so).
 */
export const VAULT_CONTEXT = 'been-there/vault/2';
const noteContext = (id: string, updatedAt: number) => `been-there/note/${id}/${updatedAt}`;
const draftContext = (slot: string, id: string, updatedAt: number) =>
  `been-there/draft/${slot}/${id}/${updatedAt}`;

/** Where a record lives: a saved note, or a page's draft slot. */
export type RecordPlace = { kind: 'note' } | { kind: 'draft'; slot: string };

const contextOf = (place: RecordPlace, id: string, updatedAt: number) =>
  place.kind === 'note' ? noteContext(id, updatedAt) : draftContext(place.slot, id, updatedAt);

export async function sealRecord(key: CryptoKey, note: Note, place: RecordPlace): Promise<NoteRecord> {
  const { iv, ct } = await seal(key, note, contextOf(place, note.id, note.updatedAt));
  return { id: note.id, updatedAt: note.updatedAt, iv, ct };
}

/**
 * Decrypts a record and checks the note inside. `bound` is false only for records written before
 * format 2 (an old journal being migrated, or an old backup).
 */
export async function openRecord(
  key: CryptoKey,
  record: NoteRecord,
  place: RecordPlace,
  bound = true,
): Promise<Note> {
  const context = bound ? contextOf(place, record.id, record.updatedAt) : undefined;
  const note = v.parse(NoteSchema, await open<unknown>(key, record, context));
  if (note.id !== record.id || note.updatedAt !== record.updatedAt) throw new Error('record mismatch');
  return note;
}

/**
 * The safety plan's additional data: its own kind and format, and its time. A note's ciphertext
 * put in the plan's place (or the plan's among the notes) does not open, nor does an older plan
 * put back under a newer time.
 */
const planContext = (updatedAt: number) => `been-there/safety-plan/${PLAN_FORMAT}/${updatedAt}`;

export async function sealPlan(key: CryptoKey, plan: SafetyPlan): Promise<PlanRecord> {
  const { iv, ct } = await seal(key, plan, planContext(plan.updatedAt));
  return { updatedAt: plan.updatedAt, iv, ct };
}

/** Decrypts the plan and checks it against the schema; throws for anything else. */
export async function openPlan(key: CryptoKey, record: PlanRecord): Promise<SafetyPlan> {
  const plan = v.parse(SafetyPlanSchema, await open<unknown>(key, record, planContext(record.updatedAt)));
  if (plan.updatedAt !== record.updatedAt) throw new Error('record mismatch');
  return plan;
}

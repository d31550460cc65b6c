import * as v from 'valibot';
import { fromBase64, PBKDF2_ITERATIONS, toBase64 } from './crypto';
import type { NoteRecord, PlanRecord, VaultRecord } from './repository';

/**
 * The encrypted backup file: the wrapped data key, the encrypted notes and (from version 3) the
 * encrypted safety plan, nothing in the clear but ids and times. Restoring it needs the passphrase it was made with. Parsing never throws.
 */
export const BACKUP_FORMAT = 'been-there-journal-backup';

/** Up to 64 MB of base64 per note: long notes back up too (a 1 MB note is about 1.4 MB here). */
const b64 = v.pipe(v.string(), v.maxLength(64_000_000), v.regex(/^[A-Za-z0-9+/]*={0,2}$/));

const time = v.pipe(v.number(), v.integer(), v.minValue(0));

/** The version this code writes; every earlier one still imports. */
export const BACKUP_VERSION = 3;

const BackupSchema = v.object({
  format: v.literal(BACKUP_FORMAT),
  /**
   * 3: as 2, with the safety plan (optional: a journal without one writes none); 2: records bound
   * to their ids and times (records.ts); 1: written before that.
   */
  version: v.picklist([1, 2, 3]),
  vault: v.object({
    salt: b64,
    iterations: v.pipe(v.number(), v.integer(), v.minValue(PBKDF2_ITERATIONS), v.maxValue(10_000_000)),
    iv: b64,
    wrapped: b64,
  }),
  notes: v.pipe(
    v.array(
      v.object({
        id: v.pipe(v.string(), v.nonEmpty(), v.maxLength(100)),
        updatedAt: time,
        iv: b64,
        ct: b64,
      }),
    ),
    v.maxLength(100_000),
  ),
  plan: v.optional(v.object({ updatedAt: time, iv: b64, ct: b64 })),
});

export interface Backup {
  vault: Pick<VaultRecord, 'salt' | 'iterations' | 'iv' | 'wrapped'>;
  notes: NoteRecord[];
  /** Whether the records are bound (version 2 and later). */
  bound: boolean;
  /** The sealed safety plan (version 3, when the journal had one). */
  plan?: PlanRecord;
}

/** Only a journal whose records are bound (format 2) is exported; every unlock ensures that. */
export function writeBackup(vault: VaultRecord, notes: NoteRecord[], plan?: PlanRecord): string {
  if (vault.format !== 2) throw new Error('journal not yet migrated');
  return JSON.stringify({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    vault: {
      salt: toBase64(vault.salt),
      iterations: vault.iterations,
      iv: toBase64(vault.iv),
      wrapped: toBase64(vault.wrapped),
    },
    notes: notes.map((n) => ({ id: n.id, updatedAt: n.updatedAt, iv: toBase64(n.iv), ct: toBase64(n.ct) })),
    ...(plan && { plan: { updatedAt: plan.updatedAt, iv: toBase64(plan.iv), ct: toBase64(plan.ct) } }),
  });
}

export type BackupRead = { ok: true; backup: Backup } | { ok: false; problem: 'notJson' | 'notBackup' };

export function readBackup(text: string): BackupRead {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'notJson' };
  }
  const result = v.safeParse(BackupSchema, raw);
  if (!result.success) return { ok: false, problem: 'notBackup' };
  const { vault, notes, version, plan } = result.output;
  // Only version 3 carries a plan; one found in an older file was not written by this product.
  if (plan && version !== 3) return { ok: false, problem: 'notBackup' };
  try {
    return {
      ok: true,
      backup: {
        bound: version >= 2,
        vault: {
          salt: fromBase64(vault.salt),
          iterations: vault.iterations,
          iv: fromBase64(vault.iv),
          wrapped: fromBase64(vault.wrapped),
        },
        notes: notes.map((n) => ({
          id: n.id,
          updatedAt: n.updatedAt,
          iv: fromBase64(n.iv),
          ct: fromBase64(n.ct),
        })),
        ...(plan && {
          plan: { updatedAt: plan.updatedAt, iv: fromBase64(plan.iv), ct: fromBase64(plan.ct) },
        }),
      },
    };
  } catch {
    return { ok: false, problem: 'notBackup' };
  }
}

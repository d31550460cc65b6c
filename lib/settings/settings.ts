import * as v from 'valibot';
import { CLINICIAN_ROLES } from '../content/clinician-roles';
import { AUTO_LOCK_CHOICES, DEFAULT_AUTO_LOCK } from '../journal/session/auto-lock';
import { REGION_CODES } from '../region/region';
import { LANGUAGE_CHOICES } from '../text/language';

/**
 * The user's settings: ordinary, non-secret data in storage.local (never storage.sync).
 * This module owns their shape, defaults, validation and migrations; nothing else parses them.
 */
// Version 2 added the journal's auto-lock time, version 3 the user's role, version 4 the language;
// older settings read as version 4 with the defaults for what they lack.
export const SETTINGS_VERSION = 4;

const SettingsSchema = v.object({
  version: v.literal(SETTINGS_VERSION),
  /** null until the user picks one: the region is then guessed from the browser. */
  region: v.nullable(v.picklist(REGION_CODES)),
  journalAutoLockMinutes: v.picklist(AUTO_LOCK_CHOICES),
  /** Physician, resident or medical student, if the user says so: orders the physician lines. */
  role: v.nullable(v.picklist(CLINICIAN_ROLES)),
  /** English or French whatever the browser speaks; `auto` follows the institution, then the browser. */
  language: v.picklist(LANGUAGE_CHOICES),
});

export type Settings = v.InferOutput<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  region: null,
  journalAutoLockMinutes: DEFAULT_AUTO_LOCK,
  role: null,
  language: 'auto',
};

/**
 * Reads whatever is stored into valid settings. A field that fails validation falls back to its
 * default on its own, so one bad value never wipes the others, and bad data never throws.
 */
export function parseSettings(raw: unknown): Settings {
  const record = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const field = <K extends keyof typeof SettingsSchema.entries>(key: K) => {
    const result = v.safeParse(SettingsSchema.entries[key], record[key]);
    return result.success ? result.output : DEFAULT_SETTINGS[key];
  };
  return {
    version: SETTINGS_VERSION,
    region: field('region') as Settings['region'],
    journalAutoLockMinutes: field('journalAutoLockMinutes') as Settings['journalAutoLockMinutes'],
    role: field('role') as Settings['role'],
    language: field('language') as Settings['language'],
  };
}

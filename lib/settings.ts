import * as v from 'valibot';
import { REGION_CODES } from './region';

/**
 * The user's settings: ordinary, non-secret data in storage.local (never storage.sync).
 * This module owns their shape, defaults, validation and migrations; nothing else parses them.
 */
export const SETTINGS_VERSION = 1;

const SettingsSchema = v.object({
  version: v.literal(SETTINGS_VERSION),
  /** null until the user picks one: the region is then guessed from the browser. */
  region: v.nullable(v.picklist(REGION_CODES)),
});

export type Settings = v.InferOutput<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = { version: SETTINGS_VERSION, region: null };

/**
 * Reads whatever is stored into valid settings. A field that fails validation falls back to its
 * default on its own, so one bad value never wipes the others, and bad data never throws.
 */
export function parseSettings(raw: unknown): Settings {
  const record = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const whole = v.safeParse(SettingsSchema, { ...record, version: SETTINGS_VERSION });
  if (whole.success) return whole.output;
  const region = v.safeParse(SettingsSchema.entries.region, record.region);
  return { ...DEFAULT_SETTINGS, region: region.success ? region.output : null };
}

import { computed, signal, type ReadonlySignal } from '@preact/signals';
import { effectiveAutoLock } from '../journal/session/auto-lock';
import { DEFAULT_AUTO_LOCK } from '../journal/session/auto-lock';
import type { PolicyState } from './policy';
import { effectiveRegion, policyOf } from './policy-merge';
import { countryOf, guessRegion, type RegionCode } from '../region/region';
import type { Settings } from './settings';
import type { Platform } from '../app/platform';
import type { Environment } from '../app/environment';

/**
 * The user's settings and the institution's policy, and what follows from both: the region in
 * force and the journal's auto-lock time. Only this slice writes these signals.
 */
export function createSettingsSlice(environment: Environment, platform: Promise<Platform>) {
  // null until storage has answered; a region then comes from the settings or from a guess.
  const settings = signal<Settings | null>(null);
  const policyState = signal<PolicyState>({ status: 'none' });
  const saveError = signal(false);
  const policy = computed(() => policyOf(policyState.value));
  const guessedRegion = computed(() => guessRegion(environment.timeZone(), environment.uiLanguage));
  const region = computed<RegionCode>(() =>
    effectiveRegion(policy.value, settings.value?.region ?? null, guessedRegion.value),
  );
  const autoLockCap = computed(() => policy.value?.maxAutoLockMinutes);
  const stopWatching: (() => void)[] = [];

  /**
   * Counts changes, made here or seen from storage, so a read that started before one cannot put
   * older settings back. The same for the policy.
   */
  let changes = 0;
  let policyChanges = 0;
  /** The page is going away: start() must not watch after this. */
  let stopped = false;

  /**
   * Every settings change goes through here: shown at once, then merged into what storage holds
   * (another page may have changed something else), rolled back if storage refuses it.
   */
  async function update(patch: Partial<Omit<Settings, 'version'>>) {
    changes += 1;
    const p = await platform;
    const previous = settings.value;
    if (previous) settings.value = { ...previous, ...patch };
    try {
      settings.value = await p.settings.update((current) => ({ ...current, ...patch }));
      saveError.value = false;
    } catch {
      // Keep what the user sees honest: the choice did not stick.
      settings.value = previous;
      saveError.value = true;
    }
  }

  return {
    settings: settings as ReadonlySignal<Settings | null>,
    policyState: policyState as ReadonlySignal<PolicyState>,
    policy,
    /** True when the last settings change could not be saved. */
    saveError: saveError as ReadonlySignal<boolean>,
    region,
    country: computed(() => countryOf(region.value)),
    regionIsGuessed: computed(() => !settings.value?.region && !policy.value?.defaultRegion),
    regionLocked: computed(() => Boolean(policy.value?.regionLocked && policy.value.defaultRegion)),
    /** The user's stated role, if any: it orders the physician lines. */
    role: computed(() => settings.value?.role ?? null),
    /** The institution's cap on the journal's idle time, if any. */
    autoLockCap,
    /** The journal's idle time in force: the user's choice (or the default), capped by policy. */
    autoLock: computed(() =>
      effectiveAutoLock(settings.value?.journalAutoLockMinutes ?? DEFAULT_AUTO_LOCK, autoLockCap.value),
    ),
    /**
     * Follows storage first, then reads, so a change another page makes in between is not lost
     * (a read's answer is kept only if no change came in meanwhile). Once stopped, never watches.
     */
    async start() {
      const p = await platform;
      if (stopped) return;
      const before = changes;
      const policyBefore = policyChanges;
      stopWatching.push(
        p.settings.watch((next) => {
          changes += 1;
          settings.value = next;
        }),
        p.policy.watch((next) => {
          policyChanges += 1;
          policyState.value = next;
        }),
      );
      const [loaded, policyNow] = await Promise.all([p.settings.load(), p.policy.load()]);
      // A choice made here, or a change from another page, while this read was under way is newer.
      if (changes === before) settings.value = loaded;
      if (policyChanges === policyBefore) policyState.value = policyNow;
    },
    stop() {
      stopped = true;
      stopWatching.splice(0).forEach((stop) => stop());
    },
    setRegion(next: RegionCode | null) {
      return update({ region: next });
    },
    setRole(next: Settings['role']) {
      return update({ role: next });
    },
    setAutoLock(minutes: Settings['journalAutoLockMinutes']) {
      return update({ journalAutoLockMinutes: minutes });
    },
  };
}

export type SettingsSlice = ReturnType<typeof createSettingsSlice>;

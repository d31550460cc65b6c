import { batch, computed, signal, type ReadonlySignal } from '@preact/signals';
import { effectiveAutoLock } from '../journal/session/auto-lock';
import { DEFAULT_AUTO_LOCK } from '../journal/session/auto-lock';
import type { PolicyState } from './policy';
import { effectiveRegion, policyOf } from './policy-merge';
import { countryOf, guessRegion, type RegionCode } from '../region/region';
import type { Settings } from './settings';
import type { Platform } from '../app/platform';
import type { Environment } from '../app/environment';
import { effectiveLang, pickLang } from '../text/language';

/**
 * The user's settings and the institution's policy, and what follows from both: the region in
 * force and the journal's auto-lock time. Only this slice writes these signals.
 */
export function createSettingsSlice(environment: Environment, platform: Promise<Platform>) {
  // null until storage has answered; a region then comes from the settings or from a guess.
  const settings = signal<Settings | null>(null);
  // What storage holds, as last read or written: a page reopens in another language only once the
  // choice is saved (reopening while the write is under way would lose it), and only once settings
  // and policy have both been read.
  const saved = signal<Settings | null>(null);
  const policyRead = signal(false);
  /** True once this page saved a language choice: this page reopens in it at once, others later. */
  const languageChosenHere = signal(false);
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
   * (another page may have changed something else), rolled back if storage refuses it. Whether
   * this change was saved: `saveError` is the last change's, which may be another control's.
   */
  async function update(patch: Partial<Omit<Settings, 'version'>>): Promise<boolean> {
    changes += 1;
    const p = await platform;
    const previous = settings.value;
    if (previous) settings.value = { ...previous, ...patch };
    try {
      const stored = await p.settings.update((current) => ({ ...current, ...patch }));
      batch(() => {
        settings.value = stored;
        saved.value = stored;
        saveError.value = false;
      });
      return true;
    } catch {
      // Keep what the user sees honest: the choice did not stick.
      settings.value = previous;
      saveError.value = true;
      return false;
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
    /**
     * True when the region in force is a guess: known only once settings are read, so that a page
     * opening never calls a region the user saved a guess, for the moment before.
     */
    regionIsGuessed: computed(
      () => settings.value !== null && !settings.value.region && !policy.value?.defaultRegion,
    ),
    regionLocked: computed(() => Boolean(policy.value?.regionLocked && policy.value.defaultRegion)),
    /** The user's stated role, if any: it orders the physician lines. */
    role: computed(() => settings.value?.role ?? null),
    /** The institution's cap on the journal's idle time, if any. */
    autoLockCap,
    /** What the user chose in Settings (`auto` until settings have loaded). */
    languageChoice: computed(() => settings.value?.language ?? 'auto'),
    /**
     * The language pages should speak, once settings have loaded (null before): the user's choice,
     * else the institution's, else the browser's.
     */
    language: computed(() =>
      saved.value && policyRead.value
        ? effectiveLang(saved.value.language, policy.value?.language, pickLang(environment.browserLanguage))
        : null,
    ),
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
          batch(() => {
            settings.value = next;
            saved.value = next;
          });
        }),
        p.policy.watch((next) => {
          policyChanges += 1;
          policyState.value = next;
        }),
      );
      const [loaded, policyNow] = await Promise.all([p.settings.load(), p.policy.load()]);
      // A choice made here, or a change from another page, while this read was under way is newer.
      // One batch: a page names its language only with both settings and policy in hand.
      batch(() => {
        if (changes === before) settings.value = loaded;
        saved.value ??= loaded;
        if (policyChanges === policyBefore) policyState.value = policyNow;
        policyRead.value = true;
      });
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
    languageChosenHere: languageChosenHere as ReadonlySignal<boolean>,
    async setLanguage(next: Settings['language']) {
      const saved = await update({ language: next });
      if (saved) languageChosenHere.value = true;
      return saved;
    },
    setAutoLock(minutes: Settings['journalAutoLockMinutes']) {
      return update({ journalAutoLockMinutes: minutes });
    },
  };
}

export type SettingsSlice = ReturnType<typeof createSettingsSlice>;

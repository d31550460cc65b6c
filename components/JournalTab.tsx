import { useEffect, useState } from 'preact/hooks';
import { t } from '../lib/i18n';
import { createJournalStore, type JournalStore } from '../lib/store/journal-store';
import { JournalIntro } from './JournalIntro';
import { JournalUnlock } from './JournalUnlock';
import { JournalUnlocked } from './JournalUnlocked';
import { useStore } from './StoreContext';

/** Private reflection notes, encrypted on this device. Off until the user turns it on. */
export function JournalTab() {
  const app = useStore();
  const [journal, setJournal] = useState<JournalStore | null>(null);
  useEffect(() => {
    let stop: (() => void) | undefined;
    let left = false;
    void app.journalPlatform().then(async (platform) => {
      if (left) return;
      const store = createJournalStore(platform);
      stop = store.watch();
      setJournal(store);
      await store.init();
    });
    return () => {
      left = true;
      stop?.();
    };
  }, [app]);

  const view = journal?.view.value ?? 'loading';
  const allowed = app.policy.value?.journalAllowed !== false;
  return (
    <section class="journal" aria-labelledby="journal-heading">
      <h2 id="journal-heading">{t('journal.heading')}</h2>
      {journal?.error.value === 'journalExists' && (
        <p class="error" role="alert">
          {t('journal.errors.journalExists')}
        </p>
      )}
      {!allowed ? (
        <p>{t('journal.notAllowed')}</p>
      ) : view === 'loading' || !journal ? (
        <p role="status" class="hint">
          {t('app.loading')}
        </p>
      ) : view === 'unavailable' ? (
        <p role="alert">{t('journal.unavailable')}</p>
      ) : view === 'off' ? (
        <JournalIntro journal={journal} />
      ) : view === 'locked' ? (
        <JournalUnlock journal={journal} />
      ) : (
        <JournalUnlocked journal={journal} />
      )}
    </section>
  );
}

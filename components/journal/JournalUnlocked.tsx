import { t } from '../../lib/text/i18n';
import type { JournalStore } from '../../lib/journal/journal-store';
import { ChangePassphrase } from './ChangePassphrase';
import { JournalBackup } from './JournalBackup';
import { JournalLockBlocked } from './JournalLockBlocked';
import { JournalNotes } from './JournalNotes';
import { JournalWriter } from './JournalWriter';
import { useJournalActivity } from './useJournalActivity';
import { useStore } from '../app/StoreContext';

/**
 * The open journal: write, read, back up. Keys and clicks here count as activity; the background
 * locks after the auto-lock time without any (lib/journal/session/lock.ts).
 */
export function JournalUnlocked({ journal }: { journal: JournalStore }) {
  const app = useStore();
  const minutes = app.settings.autoLock.value;
  useJournalActivity(journal);

  if (journal.lockBlocked.value) {
    return (
      <div>
        <JournalLockBlocked journal={journal} />
        <JournalWriter journal={journal} />
      </div>
    );
  }
  const unreadable = journal.unreadable.value;
  return (
    <div>
      <div class="form-actions">
        <button type="button" class="primary" onClick={() => void journal.lock()}>
          {t('journal.lock')}
        </button>
        <p class="hint">{t('journal.autoLockNote', [String(minutes)])}</p>
        <button type="button" onClick={() => app.journal.showSection('plan')}>
          {t('safetyPlan.heading')}
        </button>
      </div>
      {unreadable > 0 && (
        <p class="error" role="alert">
          {t('journal.unreadable', [String(unreadable)])}
        </p>
      )}
      <JournalWriter journal={journal} />
      <JournalNotes journal={journal} />
      <JournalBackup journal={journal} />
      <ChangePassphrase journal={journal} />
    </div>
  );
}

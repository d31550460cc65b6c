import { useEffect } from 'preact/hooks';
import { createInactivityLock } from '../lib/journal/auto-lock';
import { t } from '../lib/i18n';
import type { JournalStore } from '../lib/store/journal-store';
import { ChangePassphrase } from './ChangePassphrase';
import { JournalBackup } from './JournalBackup';
import { JournalNotes } from './JournalNotes';
import { JournalWriter } from './JournalWriter';
import { useStore } from './StoreContext';

/** The open journal: write, read, back up. Untouched for the auto-lock time, it locks itself. */
export function JournalUnlocked({ journal }: { journal: JournalStore }) {
  const app = useStore();
  const minutes = app.settings.autoLock.value;
  useEffect(() => {
    const inactivity = createInactivityLock(minutes, () => void journal.lock());
    const touch = () => inactivity.touch();
    document.addEventListener('keydown', touch);
    document.addEventListener('pointerdown', touch);
    return () => {
      inactivity.stop();
      document.removeEventListener('keydown', touch);
      document.removeEventListener('pointerdown', touch);
    };
  }, [journal, minutes]);

  return (
    <div>
      <div class="form-actions">
        <button type="button" class="primary" onClick={() => void journal.lock()}>
          {t('journal.lock')}
        </button>
        <p class="hint">{t('journal.autoLockNote', [String(minutes)])}</p>
      </div>
      <JournalWriter journal={journal} />
      <JournalNotes journal={journal} />
      <JournalBackup journal={journal} />
      <ChangePassphrase journal={journal} />
    </div>
  );
}

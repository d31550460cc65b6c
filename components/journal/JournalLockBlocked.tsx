import { t } from '../../lib/text/i18n';
import type { JournalStore } from '../../lib/journal/journal-store';

/** Locking met a draft it could not save: say so, keep the words, let the user choose. */
export function JournalLockBlocked({ journal }: { journal: JournalStore }) {
  return (
    <div role="alertdialog" aria-labelledby="lock-blocked" class="confirm">
      <p id="lock-blocked">{t('journal.lockBlockedHere')}</p>
      <button type="button" class="primary" onClick={() => void journal.lock()}>
        {t('journal.tryAgain')}
      </button>
      <button type="button" onClick={() => journal.keepWriting()}>
        {t('journal.keepWriting')}
      </button>
      <button type="button" class="danger" onClick={() => void journal.discardAndLock()}>
        {t('journal.discardAndLock')}
      </button>
    </div>
  );
}

import { t } from '../../lib/text/i18n';
import type { JournalStore } from '../../lib/journal/journal-store';

/** Locking met a draft it could not save: say so, keep the words, let the user choose. */
export function JournalLockBlocked({ journal }: { journal: JournalStore }) {
  const where = journal.lockBlocked.value;
  return (
    <div role="alertdialog" aria-labelledby="lock-blocked" class="confirm">
      <p id="lock-blocked">
        {where === 'here' ? t('journal.lockBlockedHere') : t('journal.lockBlockedElsewhere')}
      </p>
      <button type="button" class="primary" onClick={() => void journal.lock()}>
        {t('journal.tryAgain')}
      </button>
      {where === 'here' && (
        <button type="button" onClick={() => journal.keepWriting()}>
          {t('journal.keepWriting')}
        </button>
      )}
      <button type="button" class="danger" onClick={() => void journal.discardAndLock()}>
        {t('journal.discardAndLock')}
      </button>
    </div>
  );
}

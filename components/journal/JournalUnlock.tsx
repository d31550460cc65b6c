import { useState } from 'preact/hooks';
import { t } from '../../lib/text/i18n';
import type { JournalStore } from '../../lib/journal/journal-store';
import { PassphraseField } from '../ui/PassphraseField';

export function JournalUnlock({ journal }: { journal: JournalStore }) {
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const error = journal.error.value;
  const refused = error === 'wrongPassphrase' || error === 'passphraseChangedElsewhere' ? error : null;
  const changed = journal.changedThenLocked.value;
  const describedBy = [changed && 'unlock-changed', refused && 'unlock-error'].filter(Boolean).join(' ');
  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    await journal.unlock(passphrase).finally(() => setBusy(false));
    setPassphrase('');
  };
  return (
    <form onSubmit={(e) => void submit(e)}>
      <p>{t('journal.locked')}</p>
      {/* Shown as the page locks, so read with the field it is about, not as a live region. */}
      {changed && (
        <p id="unlock-changed" class="hint">
          {t('journal.changedThenLocked')}
        </p>
      )}

      <PassphraseField
        id="unlock-passphrase"
        label={t('journal.passphrase')}
        value={passphrase}
        onInput={setPassphrase}
        invalid={!!refused}
        describedBy={describedBy || undefined}
      />
      {refused && (
        <p id="unlock-error" class="error" role="alert">
          {t(`journal.errors.${refused}`)}
        </p>
      )}
      <button type="submit" class="primary" disabled={busy || !passphrase}>
        {busy ? t('journal.unlocking') : t('journal.unlock')}
      </button>
    </form>
  );
}

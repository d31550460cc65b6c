import { useState } from 'preact/hooks';
import { t } from '../../lib/text/i18n';
import type { JournalStore } from '../../lib/journal/journal-store';
import { NewPassphraseFields, newPassphraseProblem, type NewPassphraseProblem } from './NewPassphraseFields';
import { focusFirstField } from '../ui/focus-moves';

/** What the journal is, before first use, then the passphrase to turn it on. */
export function JournalIntro({ journal }: { journal: JournalStore }) {
  const [setup, setSetup] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [problem, setProblem] = useState<NewPassphraseProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    const found = newPassphraseProblem(passphrase, confirm);
    setProblem(found);
    if (found) return;
    setBusy(true);
    setFailed(false);
    // A failure (IndexedDB refused, a full disk) says so, and the button works again to retry.
    await journal.turnOn(passphrase).catch(() => setFailed(true));
    setBusy(false);
  };

  return (
    <div>
      <ul class="journal-facts">
        <li>{t('journal.introEncrypted')}</li>
        <li>{t('journal.introNoRecovery')}</li>
        <li>{t('journal.introNoPatients')}</li>
        <li>{t('journal.introAutoLock')}</li>
      </ul>
      {setup ? (
        <form ref={focusFirstField} onSubmit={(e) => void submit(e)} noValidate>
          <NewPassphraseFields
            id="new"
            label={t('journal.passphrase')}
            passphrase={passphrase}
            confirm={confirm}
            onPassphrase={setPassphrase}
            onConfirm={setConfirm}
            problem={problem}
          />
          {failed && (
            <p class="error" role="alert">
              {t('journal.errors.turnOnFailed')}
            </p>
          )}
          <button type="submit" class="primary" disabled={busy}>
            {busy ? t('journal.turningOn') : t('journal.turnOn')}
          </button>
        </form>
      ) : (
        <button type="button" class="primary" onClick={() => setSetup(true)}>
          {t('journal.start')}
        </button>
      )}
    </div>
  );
}

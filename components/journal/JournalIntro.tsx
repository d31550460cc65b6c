import { useState } from 'preact/hooks';
import { t } from '../../lib/text/i18n';
import { MIN_PASSPHRASE, passphraseStrength } from '../../lib/journal/passphrase';
import type { JournalStore } from '../../lib/journal/journal-store';
import { PassphraseField } from '../ui/PassphraseField';

/** What the journal is, before first use, then the passphrase to turn it on. */
export function JournalIntro({ journal }: { journal: JournalStore }) {
  const [setup, setSetup] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [problem, setProblem] = useState<'tooShort' | 'mismatch' | null>(null);
  const [busy, setBusy] = useState(false);
  const strength = passphraseStrength(passphrase);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (strength === 'tooShort') return setProblem('tooShort');
    if (passphrase !== confirm) return setProblem('mismatch');
    setProblem(null);
    setBusy(true);
    await journal.turnOn(passphrase);
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
        <form onSubmit={(e) => void submit(e)} noValidate>
          <PassphraseField
            id="new-passphrase"
            label={t('journal.passphrase')}
            value={passphrase}
            onInput={setPassphrase}
            describedBy="passphrase-strength"
            invalid={problem === 'tooShort'}
          />
          <p id="passphrase-strength" class="hint" aria-live="polite">
            {passphrase
              ? t(`journal.strength.${strength}`, [String(MIN_PASSPHRASE)])
              : t('journal.strengthHint')}
          </p>
          <PassphraseField
            id="confirm-passphrase"
            label={t('journal.confirmPassphrase')}
            value={confirm}
            onInput={setConfirm}
            invalid={problem === 'mismatch'}
          />
          {problem && (
            <p class="error" role="alert">
              {t(problem === 'tooShort' ? 'journal.errors.tooShort' : 'journal.errors.mismatch', [
                String(MIN_PASSPHRASE),
              ])}
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

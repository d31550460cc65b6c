import { useState } from 'preact/hooks';
import { t } from '../lib/i18n';
import { MIN_PASSPHRASE, passphraseStrength } from '../lib/journal/passphrase';
import type { JournalStore } from '../lib/store/journal-store';
import { PassphraseField } from './PassphraseField';

/** A new passphrase rewraps the journal's key; the notes themselves are not touched. */
export function ChangePassphrase({ journal }: { journal: JournalStore }) {
  const [open, setOpen] = useState(false);
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [message, setMessage] = useState<'tooShort' | 'mismatch' | 'wrongPassphrase' | 'changed' | null>(
    null,
  );

  const submit = async (event: Event) => {
    event.preventDefault();
    if (passphraseStrength(next) === 'tooShort') return setMessage('tooShort');
    if (next !== confirm) return setMessage('mismatch');
    const ok = await journal.changePassphrase(current, next);
    setMessage(ok ? 'changed' : 'wrongPassphrase');
    if (ok) {
      setCurrent('');
      setNext('');
      setConfirm('');
      setOpen(false);
    }
  };

  return (
    <div class="change-passphrase">
      {open ? (
        <form onSubmit={(e) => void submit(e)} noValidate>
          <PassphraseField
            id="current-passphrase"
            label={t('journal.currentPassphrase')}
            value={current}
            onInput={setCurrent}
          />
          <PassphraseField
            id="next-passphrase"
            label={t('journal.newPassphrase')}
            value={next}
            onInput={setNext}
          />
          <PassphraseField
            id="next-confirm"
            label={t('journal.confirmPassphrase')}
            value={confirm}
            onInput={setConfirm}
          />
          <div class="form-actions">
            <button type="submit" class="primary">
              {t('journal.changePassphrase')}
            </button>
            <button type="button" onClick={() => setOpen(false)}>
              {t('contacts.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <button type="button" onClick={() => setOpen(true)}>
          {t('journal.changePassphrase')}
        </button>
      )}
      <p role="status" class={message && message !== 'changed' ? 'error' : 'hint'}>
        {message === 'changed'
          ? t('journal.passphraseChanged')
          : message
            ? t(`journal.errors.${message}`, [String(MIN_PASSPHRASE)])
            : ''}
      </p>
    </div>
  );
}

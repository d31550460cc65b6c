import { useState } from 'preact/hooks';
import { t } from '../../lib/text/i18n';
import type { JournalStore } from '../../lib/journal/journal-store';
import { FormButtons } from '../ui/FormButtons';
import { PassphraseField } from '../ui/PassphraseField';
import { NewPassphraseFields, newPassphraseProblem } from './NewPassphraseFields';
import { focusFirstField, useReturnFocus } from '../ui/focus-moves';

/**
 * A new passphrase rewraps the journal's key (quick; old backups keep opening with the old one);
 * on request every note is re-encrypted under a new key too (PRIVACY.md explains the default).
 */
export function ChangePassphrase({ journal }: { journal: JournalStore }) {
  const [open, setOpen] = useState(false);
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [newKey, setNewKey] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<
    'tooShort' | 'mismatch' | 'wrongPassphrase' | 'failed' | 'changed' | 'changedNewKey' | null
  >(null);

  const opener = useReturnFocus<HTMLButtonElement>();
  const close = () => {
    opener.returnFocus();
    setOpen(false);
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    const problem = newPassphraseProblem(next, confirm);
    setMessage(problem);
    if (problem) return;
    setBusy(true);
    const result = await journal.changePassphrase(current, next, newKey);
    setBusy(false);
    setMessage(result === 'changed' && newKey ? 'changedNewKey' : result);
    if (result === 'changed') {
      setCurrent('');
      setNext('');
      setConfirm('');
      close();
    }
  };

  return (
    <div class="change-passphrase">
      {open ? (
        <form ref={focusFirstField} onSubmit={(e) => void submit(e)} noValidate>
          <PassphraseField
            id="current-passphrase"
            label={t('journal.currentPassphrase')}
            value={current}
            onInput={setCurrent}
          />
          <NewPassphraseFields
            id="next"
            label={t('journal.newPassphrase')}
            passphrase={next}
            confirm={confirm}
            onPassphrase={setNext}
            onConfirm={setConfirm}
            problem={message === 'tooShort' || message === 'mismatch' ? message : null}
          />
          <label class="check">
            <input
              type="checkbox"
              autocomplete="off"
              checked={newKey}
              aria-describedby="new-key-hint"
              onChange={(e) => setNewKey(e.currentTarget.checked)}
            />
            <span>{t('journal.newKey')}</span>
          </label>
          <p id="new-key-hint" class="hint">
            {t('journal.newKeyHint')}
          </p>
          <FormButtons submitLabel={t('journal.changePassphrase')} onCancel={close} busy={busy} />
        </form>
      ) : (
        <button type="button" ref={opener.ref} onClick={() => setOpen(true)}>
          {t('journal.changePassphrase')}
        </button>
      )}
      <p role="status" class={message === 'wrongPassphrase' || message === 'failed' ? 'error' : 'hint'}>
        {message === 'changed'
          ? t('journal.passphraseChanged')
          : message === 'changedNewKey'
            ? t('journal.passphraseChangedNewKey')
            : message === 'wrongPassphrase'
              ? t('journal.errors.wrongPassphrase')
              : message === 'failed'
                ? t('journal.errors.passphraseNotChanged')
                : ''}
      </p>
    </div>
  );
}

import { t } from '../lib/i18n';

interface Props {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  autocomplete: 'new-password' | 'current-password';
  describedBy?: string;
  invalid?: boolean;
}

/** A passphrase input that allows paste and password managers (WCAG 3.3.8). */
export function PassphraseField({ id, label, value, onInput, autocomplete, describedBy, invalid }: Props) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="password"
        autocomplete={autocomplete}
        value={value}
        aria-describedby={describedBy}
        aria-invalid={invalid ? true : undefined}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      <span class="visually-hidden">{t('journal.pasteAllowed')}</span>
    </div>
  );
}

import { t } from '../../lib/text/i18n';
import { MIN_PASSPHRASE, passphraseStrength } from '../../lib/journal/passphrase';
import { PassphraseField } from '../ui/PassphraseField';

export type NewPassphraseProblem = 'tooShort' | 'mismatch';

/** What is wrong with a new passphrase and its confirmation, or null: the same rule in both forms. */
export function newPassphraseProblem(passphrase: string, confirm: string): NewPassphraseProblem | null {
  if (passphraseStrength(passphrase) === 'tooShort') return 'tooShort';
  return passphrase === confirm ? null : 'mismatch';
}

interface Props {
  /** Prefix of the fields' ids, so two forms on one page never share one. */
  id: string;
  label: string;
  passphrase: string;
  confirm: string;
  onPassphrase: (value: string) => void;
  onConfirm: (value: string) => void;
  problem: NewPassphraseProblem | null;
}

/**
 * A new passphrase, its strength as it is typed, and its confirmation: one form for turning the
 * journal on and for changing the passphrase (they had drifted: one showed no strength).
 */
export function NewPassphraseFields({
  id,
  label,
  passphrase,
  confirm,
  onPassphrase,
  onConfirm,
  problem,
}: Props) {
  const strength = passphraseStrength(passphrase);
  return (
    <>
      <PassphraseField
        id={`${id}-passphrase`}
        label={label}
        value={passphrase}
        onInput={onPassphrase}
        describedBy={`${id}-strength`}
        invalid={problem === 'tooShort'}
      />
      <p id={`${id}-strength`} class="hint" aria-live="polite">
        {passphrase ? t(`journal.strength.${strength}`, [String(MIN_PASSPHRASE)]) : t('journal.strengthHint')}
      </p>
      <PassphraseField
        id={`${id}-confirm`}
        label={t('journal.confirmPassphrase')}
        value={confirm}
        onInput={onConfirm}
        invalid={problem === 'mismatch'}
      />
      {problem && (
        <p class="error" role="alert">
          {t(`journal.errors.${problem}`, [String(MIN_PASSPHRASE)])}
        </p>
      )}
    </>
  );
}

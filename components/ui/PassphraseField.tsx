import { t } from '../../lib/text/i18n';
import { Field } from './Field';

interface Props {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  describedBy?: string;
  invalid?: boolean;
}

/**
 * A masked passphrase input that browsers' password managers do not see. Browsers and password-manager
 * add-ons offer to save whatever was typed into a field that has ever been type="password" (Firefox
 * even on extension pages), and on a shared workstation the next person could then fill the journal's
 * passphrase in. So this is a text field, masked with CSS, with autocomplete off (which also keeps the
 * value out of form history). Pasting still works, so people can copy a passphrase from their own
 * password manager (WCAG 3.3.8). See PRIVACY.md.
 */
export function PassphraseField({ id, label, value, onInput, describedBy, invalid }: Props) {
  return (
    <Field id={id} label={label} describedBy={describedBy} invalid={invalid}>
      {(control) => (
        <>
          <input
            {...control}
            type="text"
            class="passphrase"
            autocomplete="off"
            spellcheck={false}
            autocapitalize="none"
            autocorrect="off"
            value={value}
            onInput={(e) => onInput(e.currentTarget.value)}
          />
          <span class="visually-hidden">{t('passphraseField.pasteAllowed')}</span>
        </>
      )}
    </Field>
  );
}

import { t } from '../../lib/text/i18n';

interface Props {
  submitLabel: string;
  onCancel: () => void;
  /** While a save is running the submit button is off, so a second click cannot save twice. */
  busy?: boolean;
}

/** The end of every form: the action itself, then Cancel, which leaves everything as it was. */
export function FormButtons({ submitLabel, onCancel, busy = false }: Props) {
  return (
    <div class="form-actions">
      <button type="submit" class="primary" disabled={busy}>
        {submitLabel}
      </button>
      <button type="button" onClick={onCancel}>
        {t('contacts.cancel')}
      </button>
    </div>
  );
}

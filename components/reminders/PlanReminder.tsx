import { useEffect, useState } from 'preact/hooks';
import { t } from '../../lib/text/i18n';
import { useDateFormat } from '../ui/use-date-format';
import { REMINDER_CHOICES, reminderTime, type ReminderChoice } from '../../lib/reminders/reminder-time';
import { LABEL_MAX } from '../../lib/reminders/reminders';
import { Field } from '../ui/Field';
import { FormButtons } from '../ui/FormButtons';
import { ReminderLabelField } from './ReminderLabelField';
import { useStore } from '../app/StoreContext';
import { focusFirstField, useReturnFocus } from '../ui/focus-moves';

/** "Remind me to check in": a browser alarm that raises a notification, listed and cancellable. */
export function PlanReminder() {
  const store = useStore();
  useEffect(() => void store.people.ensure().catch(() => undefined), [store]);
  const [open, setOpen] = useState(false);
  const opener = useReturnFocus<HTMLButtonElement>();
  const close = () => {
    opener.returnFocus();
    setOpen(false);
  };
  const [choice, setChoice] = useState<ReminderChoice>('tomorrow');
  const [custom, setCustom] = useState('');
  const [label, setLabel] = useState('');
  const [cancelFailed, setCancelFailed] = useState(false);
  const [message, setMessage] = useState('');
  const format = useDateFormat({ dateStyle: 'medium', timeStyle: 'short' });

  const submit = (event: Event) => {
    event.preventDefault();
    const when = reminderTime(choice, new Date(), custom);
    if (!when) {
      setMessage(t('reminders.pickFuture'));
      return;
    }
    // Ask for notifications inside the click (browsers allow the question only then), but set the
    // reminder at once: it is listed and its alarm is set whatever the answer.
    const asked = store.requestNotifications();
    const shown = format.format(when);
    store.people.addReminder(when, label.trim().slice(0, LABEL_MAX)).then(
      () => {
        setMessage(t('reminders.set', [shown]));
        setLabel('');
        close();
        void asked.then((allowed) => {
          if (!allowed) setMessage(t('reminders.setWithoutNotifications', [shown]));
        });
      },
      () => setMessage(t('reminders.saveFailed')),
    );
  };

  return (
    <div class="plan-reminder">
      {open ? (
        <form autocomplete="off" ref={focusFirstField} onSubmit={submit}>
          <fieldset>
            <legend>{t('reminders.when')}</legend>
            {REMINDER_CHOICES.map((c) => (
              <label key={c} class="check">
                <input
                  type="radio"
                  name="reminder-when"
                  checked={choice === c}
                  onChange={() => setChoice(c)}
                />
                <span>{t(`reminders.choices.${c}`)}</span>
              </label>
            ))}
            {choice === 'custom' && (
              <Field id="reminder-custom" label={t('reminders.dateTime')}>
                {(control) => (
                  <input
                    {...control}
                    type="datetime-local"
                    value={custom}
                    onInput={(e) => setCustom(e.currentTarget.value)}
                  />
                )}
              </Field>
            )}
          </fieldset>
          <ReminderLabelField
            id="reminder-label"
            label={t('reminders.label')}
            hint={t('reminders.labelHint')}
            value={label}
            onInput={setLabel}
          />
          <FormButtons submitLabel={t('reminders.setButton')} onCancel={close} />
        </form>
      ) : (
        <button type="button" class="primary" ref={opener.ref} onClick={() => setOpen(true)}>
          {t('reminders.open')}
        </button>
      )}
      <p role="status" class="hint">
        {message}
      </p>
      {store.people.reminders.value.length > 0 && (
        <>
          <h4>{t('reminders.listHeading')}</h4>
          <ul class="reminders">
            {store.people.reminders.value.map((r) => (
              <li key={r.id}>
                <span>
                  {format.format(new Date(r.when))}
                  {r.label ? ` · ${r.label}` : ''}
                  {r.due ? ` · ${t('reminders.due')}` : ''}
                </span>{' '}
                <button
                  type="button"
                  class="quiet"
                  onClick={() => {
                    setCancelFailed(false);
                    store.people.cancelReminder(r.id).catch(() => setCancelFailed(true));
                  }}
                >
                  {t('reminders.cancel', [format.format(new Date(r.when))])}
                </button>
              </li>
            ))}
          </ul>
          {cancelFailed && (
            <p class="error" role="alert">
              {t('reminders.cancelFailed')}
            </p>
          )}
        </>
      )}
    </div>
  );
}

import { useState } from 'preact/hooks';
import { sortContacts } from '../../lib/people/contact-links';
import { isValidTime, RHYTHMS, type CheckIn, type Rhythm } from '../../lib/check-ins/check-ins';
import { t } from '../../lib/text/i18n';
import { useDateFormat } from '../ui/use-date-format';
import { LABEL_MAX } from '../../lib/reminders/reminders';
import type { CheckInInput } from '../../lib/check-ins/check-ins-store';
import { ContactPicker } from '../people/ContactPicker';
import { ReminderLabelField } from '../reminders/ReminderLabelField';
import { Field } from '../ui/Field';
import { FormButtons } from '../ui/FormButtons';
import { useStore } from '../app/StoreContext';
import { focusFirstField } from '../ui/focus-moves';

const DAYS_OF_MONTH = Array.from({ length: 31 }, (_, i) => i + 1);

/** Whom, how often, which day and what time: a new check-in, or a change to one. */
export function CheckInForm({ checkIn, onDone }: { checkIn?: CheckIn; onDone: (message: string) => void }) {
  const store = useStore();
  const people = sortContacts(store.contacts.value, store.lang);
  const [contactId, setContactId] = useState(checkIn?.contactId ?? people[0]?.id ?? '');
  const [rhythm, setRhythm] = useState<Rhythm>(checkIn?.rhythm ?? 'weekly');
  const [weekday, setWeekday] = useState(checkIn?.weekday ?? new Date().getDay());
  const [dayOfMonth, setDayOfMonth] = useState(checkIn?.dayOfMonth ?? new Date().getDate());
  const [time, setTime] = useState(checkIn?.time ?? '09:00');
  const [label, setLabel] = useState(checkIn?.label ?? '');
  const [error, setError] = useState('');
  const weekdayName = useDateFormat({ weekday: 'long' });
  const format = useDateFormat({ dateStyle: 'full', timeStyle: 'short' });
  const idPrefix = `check-in-${checkIn?.id ?? 'new'}`;

  const submit = (event: Event) => {
    event.preventDefault();
    setError('');
    if (!isValidTime(time)) {
      setError(t('checkIns.badTime'));
      return;
    }
    // Ask inside the click (browsers allow the question only then); the check-in is saved either way.
    const asked = store.requestNotifications();
    const input: CheckInInput = {
      contactId,
      rhythm,
      weekday,
      dayOfMonth,
      time,
      label: label.trim().slice(0, LABEL_MAX),
    };
    const saving = checkIn ? store.checkIns.update(checkIn.id, input) : store.checkIns.add(input);
    saving.then(
      (saved) => {
        // Stopped meanwhile (in another page, or with its person): nothing was saved.
        if (!saved) return setError(t('checkIns.notSavedStopped'));
        const next = format.format(new Date(saved.next));
        onDone(t('checkIns.saved', [next]));
        void asked.then((allowed) => {
          if (!allowed) onDone(t('checkIns.savedWithoutNotifications', [next]));
        });
      },
      () => setError(t('checkIns.saveFailed')),
    );
  };

  return (
    // autocomplete="off" for every field: browsers then keep no copy of the choices in session files.
    <form class="check-in-form" autocomplete="off" ref={focusFirstField} onSubmit={submit}>
      <ContactPicker
        id={`${idPrefix}-with`}
        label={t('checkIns.with')}
        people={people}
        value={contactId}
        onChange={setContactId}
      />
      <fieldset>
        <legend>{t('checkIns.rhythm')}</legend>
        {RHYTHMS.map((r) => (
          <label key={r} class="check">
            <input
              type="radio"
              name={`${idPrefix}-rhythm`}
              checked={rhythm === r}
              onChange={() => setRhythm(r)}
            />
            <span>{t(`checkIns.rhythms.${r}`)}</span>
          </label>
        ))}
      </fieldset>
      {rhythm === 'monthly' ? (
        <Field id={`${idPrefix}-day`} label={t('checkIns.dayOfMonth')} hint={t('checkIns.dayOfMonthHint')}>
          {(control) => (
            <select
              {...control}
              value={dayOfMonth}
              onChange={(e) => setDayOfMonth(Number(e.currentTarget.value))}
            >
              {DAYS_OF_MONTH.map((d) => (
                <option key={d} value={d}>
                  {d}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : (
        <Field id={`${idPrefix}-day`} label={t('checkIns.weekday')}>
          {(control) => (
            <select {...control} value={weekday} onChange={(e) => setWeekday(Number(e.currentTarget.value))}>
              {[0, 1, 2, 3, 4, 5, 6].map((d) => (
                <option key={d} value={d}>
                  {/* 2023-01-01 was a Sunday: day d of that week names weekday d in the reader's language. */}
                  {weekdayName.format(new Date(2023, 0, 1 + d))}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <Field id={`${idPrefix}-time`} label={t('checkIns.time')}>
        {(control) => (
          <input {...control} type="time" value={time} onInput={(e) => setTime(e.currentTarget.value)} />
        )}
      </Field>
      <ReminderLabelField
        id={`${idPrefix}-label`}
        label={t('checkIns.label')}
        hint={t('checkIns.labelHint')}
        value={label}
        onInput={setLabel}
      />
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <FormButtons submitLabel={t('checkIns.save')} onCancel={() => onDone('')} />
    </form>
  );
}

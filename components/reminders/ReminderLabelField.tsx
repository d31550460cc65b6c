import { LABEL_MAX } from '../../lib/reminders/reminders';
import { Field } from '../ui/Field';

interface Props {
  id: string;
  label: string;
  hint: string;
  value: string;
  onInput: (value: string) => void;
}

/** The words a notification shows (a reminder's, a check-in's): short, and kept out of form history. */
export function ReminderLabelField({ id, label, hint, value, onInput }: Props) {
  return (
    <Field id={id} label={label} hint={hint}>
      {(control) => (
        <input
          {...control}
          type="text"
          autocomplete="off"
          maxLength={LABEL_MAX}
          value={value}
          onInput={(e) => onInput(e.currentTarget.value)}
        />
      )}
    </Field>
  );
}

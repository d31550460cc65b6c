import type { Contact } from '../../lib/people/contacts';
import { Field } from '../ui/Field';

interface Props {
  id: string;
  label: string;
  people: readonly Contact[];
  value: string;
  onChange: (contactId: string) => void;
}

/** One of the user's people, chosen by name from a list. */
export function ContactPicker({ id, label, people, value, onChange }: Props) {
  return (
    <Field id={id} label={label}>
      {(control) => (
        // autocomplete="off": Firefox then keeps no record of whom the user picked in its form history.
        <select
          {...control}
          autocomplete="off"
          value={value}
          onChange={(e) => onChange(e.currentTarget.value)}
        >
          {people.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

import type { Contact } from '../../lib/people/contacts';

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
    <div class="field">
      <label for={id}>{label}</label>
      {/* autocomplete="off": Firefox then keeps no record of whom the user picked in its form history. */}
      <select id={id} autocomplete="off" value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        {people.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
    </div>
  );
}

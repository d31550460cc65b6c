import { useState } from 'preact/hooks';
import {
  checkContact,
  type Contact,
  type ContactErrorKey,
  type ContactField,
} from '../../lib/people/contacts';
import { t } from '../../lib/text/i18n';
import { Field } from '../ui/Field';
import { FormButtons } from '../ui/FormButtons';
import { useStore } from '../app/StoreContext';
import { focusFirstField } from '../ui/focus-moves';

interface Props {
  contact?: Contact;
  onDone: () => void;
}

type Draft = Record<ContactField, string> & { isBuddy: boolean };

const toDraft = (c?: Contact): Draft => ({
  name: c?.name ?? '',
  isBuddy: c?.isBuddy ?? false,
  phone: c?.phone ?? '',
  text: c?.text ?? '',
  email: c?.email ?? '',
  note: c?.note ?? '',
});

const FIELDS: { field: Exclude<ContactField, 'name'>; type: string }[] = [
  { field: 'phone', type: 'tel' },
  { field: 'text', type: 'tel' },
  { field: 'email', type: 'email' },
  { field: 'note', type: 'text' },
];

/** Add or edit a person: every field checked with a clear message, nothing lost if saving fails. */
export function ContactForm({ contact, onDone }: Props) {
  const store = useStore();
  const [draft, setDraft] = useState<Draft>(() => toDraft(contact));
  const [errors, setErrors] = useState<Partial<Record<ContactField, ContactErrorKey>>>({});
  const [saveFailed, setSaveFailed] = useState(false);
  const prefix = contact ? `edit-${contact.id}` : 'new-contact';
  const currentBuddy = store.people.contacts.value.find((c) => c.isBuddy && c.id !== contact?.id);

  const submit = async (event: Event) => {
    event.preventDefault();
    const check = checkContact(draft);
    if (!check.ok) {
      setErrors(check.errors);
      const first = Object.keys(check.errors)[0];
      document.getElementById(`${prefix}-${first}`)?.focus();
      return;
    }
    setErrors({});
    try {
      await store.people.saveContact(check.value, contact?.id);
      onDone();
    } catch {
      setSaveFailed(true);
    }
  };

  const input = (field: ContactField, type: string) => {
    const id = `${prefix}-${field}`;
    const error = errors[field];
    return (
      <Field key={field} id={id} label={t(`contacts.fields.${field}`)} error={error && t(error)}>
        {(control) => (
          <input
            {...control}
            type={type}
            // Off: browsers would keep the name and number in their form history, and offer them to
            // the next person at this workstation on any web page.
            autocomplete="off"
            value={draft[field]}
            onInput={(e) => setDraft({ ...draft, [field]: e.currentTarget.value })}
          />
        )}
      </Field>
    );
  };

  return (
    <form class="contact-form" ref={focusFirstField} onSubmit={(e) => void submit(e)} noValidate>
      {input('name', 'text')}
      <label class="check">
        <input
          type="checkbox"
          checked={draft.isBuddy}
          aria-describedby={draft.isBuddy && currentBuddy ? `${prefix}-buddy-hint` : undefined}
          onChange={(e) => setDraft({ ...draft, isBuddy: e.currentTarget.checked })}
        />
        <span>{t('contacts.fields.isBuddy')}</span>
      </label>
      {/* A status line, so the change is read out when the box is ticked. */}
      <p class="hint" role="status" id={`${prefix}-buddy-hint`}>
        {draft.isBuddy && currentBuddy ? t('contacts.buddyReplaces', [currentBuddy.name]) : ''}
      </p>
      {FIELDS.map(({ field, type }) => input(field, type))}
      <p class="hint">{t('contacts.noClinicalDetails')}</p>
      {saveFailed && (
        <p class="error" role="alert">
          {t('contacts.saveFailed')}
        </p>
      )}
      <FormButtons submitLabel={t('contacts.save')} onCancel={onDone} />
    </form>
  );
}

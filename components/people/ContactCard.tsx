import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { dialDigits } from '../../lib/people/contact-links';
import type { Contact } from '../../lib/people/contacts';
import { t } from '../../lib/text/i18n';
import { ContactForm } from './ContactForm';
import { DeleteContactQuestion } from './DeleteContactQuestion';
import { Field } from '../ui/Field';
import { useReturnFocus } from '../ui/focus-moves';

/** One person to reach: call, text, email (with a neutral subject the user can edit) or copy. */
interface Props {
  contact: Contact;
  /** After a delete: the list says so and takes the focus, since this card is gone. */
  onDeleted: (name: string) => void;
}

export function ContactCard({ contact, onDeleted }: Props) {
  const [editing, setEditing] = useState(false);
  const editButton = useReturnFocus<HTMLButtonElement>();
  const [subject, setSubject] = useState(() => t('contacts.defaultSubject'));
  const [copied, setCopied] = useState<'copied' | 'failed' | null>(null);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  // Keep puts the focus back on Delete, where it was before the question.
  const deleteButton = useRef<HTMLButtonElement>(null);
  const focusDeleteButton = useRef(false);
  useLayoutEffect(() => {
    if (confirmingDelete || !focusDeleteButton.current) return;
    focusDeleteButton.current = false;
    deleteButton.current?.focus();
  }, [confirmingDelete]);
  const subjectId = `subject-${contact.id}`;

  if (editing) {
    const done = () => {
      editButton.returnFocus();
      setEditing(false);
    };
    return <ContactForm contact={contact} onDone={done} />;
  }

  const copy = async () => {
    const lines = [contact.name, contact.phone, contact.text, contact.email].filter(Boolean).join('\n');
    await navigator.clipboard.writeText(lines).then(
      () => setCopied('copied'),
      () => setCopied('failed'),
    );
  };

  return (
    <article class="contact-card" aria-labelledby={`name-${contact.id}`}>
      <h4 id={`name-${contact.id}`}>
        {contact.name}
        {contact.isBuddy && <span class="badge">{t('contacts.buddyBadge')}</span>}
      </h4>
      {contact.providedBy !== undefined && (
        <p class="hint">{t('contacts.providedBy', [contact.providedBy || t('contacts.yourInstitution')])}</p>
      )}
      {contact.note && <p class="hint">{contact.note}</p>}
      <div class="dial-row">
        {contact.phone && (
          <a class="dial" href={`tel:${dialDigits(contact.phone)}`}>
            {t('contacts.call', [contact.phone])}
          </a>
        )}
        {(contact.text ?? contact.phone) && (
          <a class="dial" href={`sms:${dialDigits(contact.text ?? contact.phone ?? '')}`}>
            {t('contacts.text', [contact.text ?? contact.phone ?? ''])}
          </a>
        )}
        {contact.email && (
          <a class="dial" href={`mailto:${contact.email}?subject=${encodeURIComponent(subject)}`}>
            {t('contacts.email', [contact.email])}
          </a>
        )}
        <button type="button" onClick={() => void copy()}>
          {t('contacts.copy')}
        </button>
      </div>
      {contact.email && (
        <Field id={subjectId} label={t('contacts.subject')} inline>
          {(control) => (
            <input
              {...control}
              type="text"
              autocomplete="off"
              value={subject}
              onInput={(e) => setSubject(e.currentTarget.value)}
            />
          )}
        </Field>
      )}
      <p role="status" class={copied === 'failed' ? 'error' : 'hint'}>
        {copied === 'copied' ? t('contacts.copied') : copied === 'failed' ? t('contacts.copyFailed') : ''}
      </p>
      {contact.providedBy === undefined &&
        (confirmingDelete ? (
          <DeleteContactQuestion
            contact={contact}
            onKeep={() => {
              setConfirmingDelete(false);
              focusDeleteButton.current = true;
            }}
            onDeleted={onDeleted}
          />
        ) : (
          <div class="form-actions">
            <button type="button" class="quiet" ref={editButton.ref} onClick={() => setEditing(true)}>
              {t('contacts.edit', [contact.name])}
            </button>
            <button type="button" class="quiet" ref={deleteButton} onClick={() => setConfirmingDelete(true)}>
              {t('contacts.delete', [contact.name])}
            </button>
          </div>
        ))}
    </article>
  );
}

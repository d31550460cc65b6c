import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Contact } from '../../lib/people/contacts';
import { t } from '../../lib/text/i18n';
import { useStore } from '../app/StoreContext';

interface Props {
  contact: Contact;
  onKeep: () => void;
  onDeleted: (name: string) => void;
}

/**
 * Deleting a person asks once, in place: a slip between patients should not cost a contact. It says
 * when their check-ins stop with them, so it waits until the check-ins have been read.
 */
export function DeleteContactQuestion({ contact, onKeep, onDeleted }: Props) {
  const store = useStore();
  const [checked, setChecked] = useState(false);
  const [failed, setFailed] = useState<'refused' | 'refusedCheckInsStopped' | null>(null);
  const [deleting, setDeleting] = useState(false);
  /** One delete at a time (a ref: a second click can come before the re-render). */
  const inFlight = useRef(false);
  const question = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    const done = () => setChecked(true);
    store.checkIns.load().then(done, done);
  }, [store]);
  useLayoutEffect(() => {
    if (checked) question.current?.focus();
  }, [checked]);
  if (!checked) return null;
  const hasCheckIns = store.checkIns.list.value.some((c) => c.contactId === contact.id);
  const questionId = `delete-question-${contact.id}`;
  /** One at a time: a second, taking no check-ins, could succeed while the first puts them back. */
  const remove = async () => {
    if (inFlight.current) return;
    inFlight.current = true;
    setDeleting(true);
    // Cleared first, so that the same failure again is read out again.
    setFailed(null);
    const outcome = await store.deleteContact(contact.id);
    inFlight.current = false;
    setDeleting(false);
    if (outcome === 'deleted') onDeleted(contact.name);
    else setFailed(outcome);
  };
  return (
    <div class="delete-question" role="group" aria-labelledby={questionId}>
      <p id={questionId} ref={question} tabIndex={-1}>
        {t(hasCheckIns ? 'contacts.deleteQuestionCheckIns' : 'contacts.deleteQuestion', [contact.name])}
      </p>
      <div class="form-actions">
        <button type="button" aria-disabled={deleting} onClick={() => void remove()}>
          {t('contacts.deleteConfirm')}
        </button>
        <button type="button" class="primary" onClick={onKeep}>
          {t('contacts.keep', [contact.name])}
        </button>
      </div>
      <p role="status" class="hint">
        {failed &&
          (failed === 'refused'
            ? t('contacts.deleteFailed')
            : t('contacts.deleteFailedCheckInsStopped', [contact.name]))}
      </p>
    </div>
  );
}

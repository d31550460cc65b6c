import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Contact } from '../lib/contacts';
import { t } from '../lib/i18n';
import { useStore } from './StoreContext';

/**
 * Deleting a person asks once, in place: a slip between patients should not cost a contact. It says
 * when their check-ins stop with them.
 */
export function DeleteContactQuestion({ contact, onKeep }: { contact: Contact; onKeep: () => void }) {
  const store = useStore();
  const [failed, setFailed] = useState(false);
  const question = useRef<HTMLParagraphElement>(null);
  useLayoutEffect(() => question.current?.focus(), []);
  // The check-ins may not have been read yet in this page; the question must not miss them.
  useEffect(() => void store.checkIns.load(), [store]);
  const hasCheckIns = store.checkIns.list.value.some((c) => c.contactId === contact.id);
  const remove = () => store.deleteContact(contact.id).catch(() => setFailed(true));
  return (
    <div class="delete-question">
      <p ref={question} tabIndex={-1}>
        {t(hasCheckIns ? 'contacts.deleteQuestionCheckIns' : 'contacts.deleteQuestion', [contact.name])}
      </p>
      <div class="form-actions">
        <button type="button" onClick={() => void remove()}>
          {t('contacts.deleteConfirm')}
        </button>
        <button type="button" class="primary" onClick={onKeep}>
          {t('contacts.keep', [contact.name])}
        </button>
      </div>
      <p role="status" class="hint">
        {failed ? t('contacts.deleteFailed') : ''}
      </p>
    </div>
  );
}

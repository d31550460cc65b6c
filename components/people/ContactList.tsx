import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { sortContacts } from '../../lib/people/contact-links';
import { t } from '../../lib/text/i18n';
import { ContactCard } from './ContactCard';
import { ContactForm } from './ContactForm';
import { useStore } from '../app/StoreContext';
import { useReturnFocus } from '../ui/focus-moves';

/** The user's people (institution contacts first), with a way to add one. Used in Reach and Options. */
export function ContactList() {
  const store = useStore();
  useEffect(() => void store.people.ensure().catch(() => undefined), [store]);
  const [adding, setAdding] = useState(false);
  const [deleted, setDeleted] = useState('');
  const addButton = useRef<HTMLButtonElement>(null);
  const backToAdd = useReturnFocus<HTMLButtonElement>();
  const addButtonRef = useCallback(
    (button: HTMLButtonElement | null) => {
      addButton.current = button;
      backToAdd.ref(button);
    },
    [backToAdd.ref],
  );
  const afterDelete = (name: string) => {
    setDeleted(name);
    addButton.current?.focus();
  };
  const [retrying, setRetrying] = useState(false);
  /** Loads refused, counted in the words, so that each failure is read out anew. */
  const [tries, setTries] = useState(1);
  const retry = () => {
    if (retrying) return;
    setRetrying(true);
    store.people.ensure().then(
      () => {
        addButton.current?.focus();
        setRetrying(false);
        setTries(1);
      },
      () => {
        setRetrying(false);
        setTries((n) => n + 1);
      },
    );
  };
  const policyFirst = store.contacts.value.filter((c) => c.providedBy !== undefined);
  const own = sortContacts(store.people.contacts.value, store.lang);
  return (
    <div class="contacts">
      {store.people.status.value === 'failed' || retrying ? (
        // Not "no one here yet": the list may be full, only unread. Kept while it tries again, so
        // the focused button stays; once read, focus goes to "Add a person".
        <p class="error" role="alert">
          {/* New words when a try fails again, so that the alert is read out again. */}
          {tries > 1 ? t('app.loadFailedAgain', [String(tries)]) : t('app.loadFailed')}{' '}
          <button type="button" aria-disabled={retrying} onClick={retry}>
            {t('app.loadAgain')}
          </button>
        </p>
      ) : (
        policyFirst.length + own.length === 0 && <p class="hint">{t('contacts.empty')}</p>
      )}
      {[...policyFirst, ...own].map((contact) => (
        <ContactCard key={contact.id} contact={contact} onDeleted={afterDelete} />
      ))}
      {adding ? (
        <ContactForm
          onDone={() => {
            backToAdd.returnFocus();
            setAdding(false);
          }}
        />
      ) : (
        <button type="button" ref={addButtonRef} onClick={() => setAdding(true)}>
          {t('contacts.add')}
        </button>
      )}
      <p role="status" class="hint">
        {deleted ? t('contacts.deleted', [deleted]) : ''}
      </p>
    </div>
  );
}

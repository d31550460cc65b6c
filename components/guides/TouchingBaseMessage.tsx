import { useEffect, useState } from 'preact/hooks';
import { TOUCHING_BASE } from '../../lib/content/difficult-event';
import { t } from '../../lib/text/i18n';
import { messageLinks } from '../../lib/people/message-links';
import type { Contact } from '../../lib/people/contacts';
import { ContactPicker } from '../people/ContactPicker';
import { Field } from '../ui/Field';
import { useStore } from '../app/StoreContext';

/**
 * A touching-base message the user edits, then copies, or sends to one of their people by text or
 * email in one click. The colleague it is for is often not among their people, so the message and
 * Copy are there either way. Kept in this view only: nothing is saved, nothing leaves until they send it.
 */
export function TouchingBaseMessage() {
  const store = useStore();
  const { lang } = store;
  useEffect(() => void store.people.ensure().catch(() => undefined), [store]);
  const [body, setBody] = useState(TOUCHING_BASE.body[lang]);
  const [copied, setCopied] = useState<'copied' | 'copyFailed' | null>(null);
  const [chosenId, setChosenId] = useState('');
  const people = store.contacts.value;
  const contact = people.find((c) => c.id === chosenId) ?? people[0];
  const copy = async () => {
    setCopied(null);
    await navigator.clipboard.writeText(body).then(
      () => setCopied('copied'),
      () => setCopied('copyFailed'),
    );
  };

  return (
    <div class="touching-base">
      <Field
        id="touching-base-body"
        label={t('afterEvent.message')}
        hint={t('afterEvent.messageHint')}
        hintId="touching-base-hint"
      >
        {(control) => (
          // autocomplete="off": Chromium then keeps no copy of the message in its session files.
          <textarea
            {...control}
            autocomplete="off"
            rows={4}
            value={body}
            onInput={(e) => {
              setBody(e.currentTarget.value);
              setCopied(null);
            }}
          />
        )}
      </Field>
      <div class="dial-row">
        <button type="button" onClick={() => void copy()}>
          {t('afterEvent.copyMessage')}
        </button>
      </div>
      <p role="status" class={copied === 'copyFailed' ? 'error' : 'hint'}>
        {copied ? t(`afterEvent.${copied}`) : ''}
      </p>
      {contact ? (
        <SendTo people={people} contact={contact} body={body} onChoose={setChosenId} />
      ) : (
        <>
          {/* Unread is not "no one": the list may be full. Reach has Try again. */}
          <p class="hint">
            {t(
              store.people.status.value === 'failed' ? 'afterEvent.peopleUnreadable' : 'afterEvent.noPeople',
            )}
          </p>
          <button type="button" onClick={() => store.showTab('reach')}>
            {t('afterEvent.addPeople')}
          </button>
        </>
      )}
    </div>
  );
}

function SendTo(props: {
  people: readonly Contact[];
  contact: Contact;
  body: string;
  onChoose(id: string): void;
}) {
  const { lang } = useStore();
  const { contact } = props;
  const links = messageLinks(contact, TOUCHING_BASE.subject[lang], props.body);
  return (
    <>
      <ContactPicker
        id="touching-base-to"
        label={t('afterEvent.sendTo')}
        people={props.people}
        value={contact.id}
        onChange={props.onChoose}
      />
      <div class="dial-row">
        {links.sms && (
          <a class="dial" href={links.sms}>
            {t('afterEvent.sendText', [contact.name])}
          </a>
        )}
        {links.email && (
          <a class="dial" href={links.email}>
            {t('afterEvent.sendEmail', [contact.name])}
          </a>
        )}
      </div>
    </>
  );
}

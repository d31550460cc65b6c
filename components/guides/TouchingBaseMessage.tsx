import { useEffect, useState } from 'preact/hooks';
import { TOUCHING_BASE } from '../../lib/content/difficult-event';
import { t } from '../../lib/text/i18n';
import { messageLinks } from '../../lib/people/message-links';
import { ContactPicker } from '../people/ContactPicker';
import { Field } from '../ui/Field';
import { useStore } from '../app/StoreContext';

/**
 * A touching-base message the user edits, then sends to one of their people by text or email in one
 * click. The message is kept in this view only: nothing is saved, nothing leaves until they send it.
 */
export function TouchingBaseMessage() {
  const store = useStore();
  const { lang } = store;
  useEffect(() => void store.people.ensure(), [store]);
  const [body, setBody] = useState(TOUCHING_BASE.body[lang]);
  const [chosenId, setChosenId] = useState('');
  const people = store.contacts.value;
  const contact = people.find((c) => c.id === chosenId) ?? people[0];

  if (!contact) {
    return (
      <div class="touching-base">
        <p class="hint">{t('afterEvent.noPeople')}</p>
        <button type="button" onClick={() => store.showTab('reach')}>
          {t('afterEvent.addPeople')}
        </button>
      </div>
    );
  }
  const links = messageLinks(contact, TOUCHING_BASE.subject[lang], body);
  return (
    <div class="touching-base">
      <ContactPicker
        id="touching-base-to"
        label={t('afterEvent.sendTo')}
        people={people}
        value={contact.id}
        onChange={setChosenId}
      />
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
            onInput={(e) => setBody(e.currentTarget.value)}
          />
        )}
      </Field>
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
    </div>
  );
}

import { useEffect, useState } from 'preact/hooks';
import { TOUCHING_BASE } from '../../lib/content/difficult-event';
import { t } from '../../lib/text/i18n';
import { messageLinks } from '../../lib/people/message-links';
import { ContactPicker } from '../people/ContactPicker';
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
      <div class="field">
        <label for="touching-base-body">{t('afterEvent.message')}</label>
        {/* autocomplete="off": Chromium then keeps no copy of the message in its session files. */}
        <textarea
          id="touching-base-body"
          autocomplete="off"
          rows={4}
          value={body}
          aria-describedby="touching-base-hint"
          onInput={(e) => setBody(e.currentTarget.value)}
        />
        <p id="touching-base-hint" class="hint">
          {t('afterEvent.messageHint')}
        </p>
      </div>
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

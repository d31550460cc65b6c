import './check-ins.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { CheckIn } from '../../lib/check-ins/check-ins';
import { t } from '../../lib/text/i18n';
import { useDateFormat } from '../ui/use-date-format';
import { messageLinks } from '../../lib/people/message-links';
import { CheckInForm } from './CheckInForm';
import { useStore } from '../app/StoreContext';
import { useReturnFocus } from '../ui/focus-moves';

/** Buddy check-ins in Reach: the due ones first, with a message one click away; then the schedule. */
export function BuddyCheckIns() {
  const store = useStore();
  const { checkIns } = store;
  // A failure is shown by the contacts' list (ContactList), which offers Try again.
  useEffect(() => void checkIns.load().catch(() => undefined), [checkIns]);
  const [editing, setEditing] = useState<string | null>(null);
  const opener = useReturnFocus<HTMLButtonElement>();
  // The Change button of the check-in last opened for a change, where focus returns when it closes.
  const changer = useReturnFocus<HTMLButtonElement>();
  const changed = useRef<string | null>(null);
  const [message, setMessage] = useState('');
  const [failure, setFailure] = useState('');
  const format = useDateFormat({ dateStyle: 'medium', timeStyle: 'short' });
  const rhythmName = (c: CheckIn) => t(`checkIns.rhythms.${c.rhythm}`);
  const contactOf = (c: CheckIn) => store.contacts.value.find((p) => p.id === c.contactId);
  const nameOf = (c: CheckIn) => contactOf(c)?.name ?? (c.label || t('checkIns.someone'));
  const list = checkIns.list.value;
  const done = (text: string) => {
    if (editing === 'new') opener.returnFocus();
    else if (editing) changer.returnFocus();
    setEditing(null);
    setFailure('');
    setMessage(text);
  };
  /** A button's change: said when storage refuses it, never dropped. */
  const act = (change: () => Promise<unknown>) => {
    setFailure('');
    change().catch(() => setFailure(t('checkIns.actionFailed')));
  };

  return (
    <section class="check-ins" aria-labelledby="check-ins-heading">
      <h3 id="check-ins-heading">{t('checkIns.heading')}</h3>
      <p class="hint">{t('checkIns.intro')}</p>
      {list
        .filter((c) => c.dueAt !== undefined)
        .map((c) => {
          const contact = contactOf(c);
          const links = contact
            ? messageLinks(contact, t('contacts.defaultSubject'), t('checkIns.message'))
            : {};
          return (
            <article key={c.id} class="check-in-due" aria-labelledby={`due-${c.id}`}>
              <h4 id={`due-${c.id}`}>{t('checkIns.due', [nameOf(c)])}</h4>
              <p class="hint">{t('checkIns.dueSince', [format.format(new Date(c.dueAt!))])}</p>
              <div class="dial-row">
                {links.sms && (
                  <a class="dial" href={links.sms}>
                    {t('checkIns.text', [nameOf(c)])}
                  </a>
                )}
                {links.email && (
                  <a class="dial" href={links.email}>
                    {t('checkIns.email', [nameOf(c)])}
                  </a>
                )}
                <button type="button" onClick={() => act(() => checkIns.done(c.id))}>
                  {t('checkIns.done')}
                </button>
                <button type="button" onClick={() => act(() => checkIns.snooze(c.id))}>
                  {t('checkIns.snooze')}
                </button>
              </div>
            </article>
          );
        })}
      {list.length > 0 && (
        <ul class="check-in-list">
          {list.map((c) =>
            editing === c.id ? (
              <li key={c.id}>
                <CheckInForm checkIn={c} onDone={done} />
              </li>
            ) : (
              <li key={c.id}>
                <span>
                  {nameOf(c)} · {rhythmName(c)} ·{' '}
                  {t('checkIns.scheduled', [c.time, format.format(new Date(c.next))])}
                  {c.snoozedUntil
                    ? ` · ${t('checkIns.snoozed', [format.format(new Date(c.snoozedUntil))])}`
                    : ''}
                </span>
                <span class="form-actions">
                  <button type="button" class="quiet" onClick={() => act(() => checkIns.skipNext(c.id))}>
                    {t('checkIns.skip')}
                  </button>
                  <button
                    type="button"
                    class="quiet"
                    ref={c.id === changed.current ? changer.ref : undefined}
                    onClick={() => {
                      changed.current = c.id;
                      setEditing(c.id);
                    }}
                  >
                    {t('checkIns.change')}
                  </button>
                  <button type="button" class="quiet" onClick={() => act(() => checkIns.stopCheckIn(c.id))}>
                    {t('checkIns.stop')}
                  </button>
                </span>
              </li>
            ),
          )}
        </ul>
      )}
      {editing === 'new' ? (
        <CheckInForm onDone={done} />
      ) : store.contacts.value.length === 0 ? (
        <p class="hint">{t('checkIns.needPeople')}</p>
      ) : (
        <button type="button" class="primary" ref={opener.ref} onClick={() => setEditing('new')}>
          {t('checkIns.open')}
        </button>
      )}
      {failure && (
        <p class="error" role="alert">
          {failure}
        </p>
      )}
      <p role="status" class="hint">
        {message}
      </p>
      <p class="hint">{t('checkIns.storedNote')}</p>
    </section>
  );
}

import './journal.css';
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../lib/text/i18n';
import { JournalIntro } from './JournalIntro';
import { JournalUnlock } from './JournalUnlock';
import { JournalUnlocked } from './JournalUnlocked';
import { useStore } from '../app/StoreContext';
import { lazyView } from '../app/lazyView';

// The safety plan's views load when it is first opened, with nothing decrypted until then.
const SafetyPlanView = lazyView(() => import('../safety-plan/SafetyPlanView').then((m) => m.SafetyPlanView));

/** Private reflection notes, encrypted on this device. Off until the user turns it on. */
export function JournalTab() {
  const app = useStore();
  // The app store builds the journal's store on first use and disposes of it with itself.
  useEffect(() => void app.journal.open(), [app]);
  const journal = app.journal.store.value;

  const view = journal?.view.value ?? 'loading';
  const planAsked = app.journal.section.value === 'plan';
  const allowed = app.policy.value?.journalAllowed !== false;
  const deleteFailed = journal?.error.value === 'deleteFailed';
  const deleteFailedMessage = useRef<HTMLParagraphElement>(null);
  // Focus goes to it only as it appears, not each time the tab is shown again (arrow keys
  // through the tabs must stay in the tabs).
  const deleteFailedBefore = useRef(deleteFailed);
  useEffect(() => {
    if (deleteFailed && !deleteFailedBefore.current) deleteFailedMessage.current?.focus();
    deleteFailedBefore.current = deleteFailed;
  }, [deleteFailed]);
  return (
    <section class="journal" aria-labelledby="journal-heading">
      <h2 id="journal-heading">{t('journal.heading')}</h2>
      {journal?.error.value === 'journalExists' && (
        <p class="error" role="alert">
          {t('journal.errors.journalExists')}
        </p>
      )}
      {/* Above whatever view follows (the notes again, or a lock screen); focus comes here, as
          the button pressed went with the view it was in. */}
      {deleteFailed && (
        <p class="error" role="alert" tabIndex={-1} ref={deleteFailedMessage}>
          {t('journal.errors.deleteFailed')}
        </p>
      )}
      {!allowed ? (
        <p>{t('journal.notAllowed')}</p>
      ) : view === 'loading' || !journal ? (
        <p role="status" class="hint">
          {t('app.loading')}
        </p>
      ) : view === 'unavailable' ? (
        <p role="alert">{t('journal.unavailable')}</p>
      ) : view === 'off' ? (
        <>
          {planAsked && <p>{t('safetyPlan.turnOnFirst')}</p>}
          <JournalIntro journal={journal} />
        </>
      ) : view === 'locked' ? (
        <>
          {planAsked && <p>{t('safetyPlan.unlockFirst')}</p>}
          <JournalUnlock journal={journal} />
        </>
      ) : planAsked && !journal.lockBlocked.value ? (
        <SafetyPlanView />
      ) : (
        <JournalUnlocked journal={journal} />
      )}
    </section>
  );
}

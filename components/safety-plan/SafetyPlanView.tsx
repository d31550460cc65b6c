import './safety-plan.css';
import { useEffect, useState } from 'preact/hooks';
import { PLAN_ABOUT, PLAN_GUIDES, type PlanPartId } from '../../lib/content/safety-plan';
import { PLAN_STEPS } from '../../lib/safety-plan/safety-plan';
import { t } from '../../lib/text/i18n';
import { useStore } from '../app/StoreContext';
import { useJournalActivity } from '../journal/useJournalActivity';
import { CrisisDialRow } from '../urgent/CrisisActions';
import { PlanPartEditor } from './PlanPartEditor';
import { PlanPrint, type PrintSize } from './PlanPrint';

const PARTS: readonly PlanPartId[] = [...PLAN_STEPS, 'reasons'];

/**
 * The safety plan, open (the journal is unlocked): the crisis line and 911 first, then each part one
 * click away, one part on screen at a time so every screen stays short. Changes save themselves,
 * sealed, as notes do.
 */
export function SafetyPlanView() {
  const app = useStore();
  const { lang } = app;
  const journal = app.journal.store.value;
  const store = app.journal.plan.value;
  const [part, setPart] = useState<PlanPartId>('warningSigns');
  const [printing, setPrinting] = useState<PrintSize | null>(null);
  useEffect(() => void store?.open(), [store]);
  useJournalActivity(journal);
  // Printing: the plan alone, at the chosen size (safety-plan.css), until the dialog closes.
  useEffect(() => {
    if (!printing) return;
    const root = document.documentElement;
    root.dataset.printing = 'safety-plan';
    const done = () => setPrinting(null);
    window.addEventListener('afterprint', done);
    const timer = setTimeout(() => window.print(), 0);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('afterprint', done);
      delete root.dataset.printing;
    };
  }, [printing]);
  if (!journal || !store) return null;

  const plan = store.plan.value;
  const other = store.conflict.value;
  const saveState = store.saveState.value;
  const lock = async () => {
    await store.saveNow();
    await journal.lock();
  };
  return (
    <section class="safety-plan" aria-labelledby="safety-plan-heading">
      <div class="form-actions">
        <button type="button" onClick={() => app.journal.showSection('notes')}>
          {t('safetyPlan.backToNotes')}
        </button>
        <button type="button" class="primary" onClick={() => void lock()}>
          {t('journal.lock')}
        </button>
      </div>
      <h3 id="safety-plan-heading">{t('safetyPlan.heading')}</h3>
      <CrisisDialRow />
      <p class="not-crisis">{PLAN_ABOUT.notCrisis[lang]}</p>
      <p class="hint">{PLAN_ABOUT.intro[lang]}</p>
      {store.load.value === 'unreadable' && (
        <p class="error" role="alert">
          {t('safetyPlan.unreadable')}
        </p>
      )}
      <nav aria-label={t('safetyPlan.stepsLabel')}>
        <ol class="plan-parts">
          {PARTS.map((id, i) => (
            <li key={id}>
              <button
                type="button"
                aria-current={part === id ? 'step' : undefined}
                onClick={() => setPart(id)}
              >
                {i < PLAN_STEPS.length && <span class="plan-part-number">{i + 1}</span>}
                {PLAN_GUIDES[id].title[lang]}
              </button>
            </li>
          ))}
        </ol>
      </nav>
      {/* Another window saved the plan while words typed here wait: nothing is saved until the person chooses. */}
      {other && (
        <div class="plan-conflict" role="alert">
          <p>{t('safetyPlan.conflict')}</p>
          <div class="form-actions">
            <button type="button" onClick={() => void store.keepMine()}>
              {t('safetyPlan.keepMine')}
            </button>
            <button type="button" onClick={() => store.takeOther()}>
              {t('safetyPlan.takeOther')}
            </button>
          </div>
        </div>
      )}
      {plan ? (
        // Keyed by revision too: a plan taken from another window shows its own words.
        <PlanPartEditor key={`${part}-${store.revision.value}`} part={part} store={store} />
      ) : (
        <p role="status" class="hint">
          {t('app.loading')}
        </p>
      )}
      <p role="status" class="hint plan-save-state">
        {saveState === 'saving' ? t('safetyPlan.saving') : saveState === 'saved' ? t('safetyPlan.saved') : ''}
      </p>
      {saveState === 'failed' && (
        <p class="error" role="alert">
          {t('safetyPlan.saveFailed')}{' '}
          <button type="button" onClick={() => void store.saveNow()}>
            {t('safetyPlan.saveAgain')}
          </button>
        </p>
      )}
      {plan && (
        <div class="form-actions">
          <button type="button" onClick={() => setPrinting('page')}>
            {t('safetyPlan.printPage')}
          </button>
          <button type="button" onClick={() => setPrinting('pocket')}>
            {t('safetyPlan.printPocket')}
          </button>
        </div>
      )}
      <p class="hint">{t('safetyPlan.printNote')}</p>
      <p class="hint">{PLAN_ABOUT.withClinician[lang]}</p>
      {plan && printing && <PlanPrint plan={plan} size={printing} />}
    </section>
  );
}

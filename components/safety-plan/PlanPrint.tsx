import { createPortal } from 'preact/compat';
import { CRISIS_LINES } from '../../lib/content/crisis-lines';
import { PLAN_GUIDES, type PlanPartId } from '../../lib/content/safety-plan';
import { shownNumber } from '../../lib/safety-plan/plan-numbers';
import { PLAN_STEPS, type PlanPerson, type SafetyPlan } from '../../lib/safety-plan/safety-plan';
import { t } from '../../lib/text/i18n';
import { useStore } from '../app/StoreContext';

export type PrintSize = 'page' | 'pocket';

const personLine = (p: PlanPerson) => [p.name, shownNumber(p), p.email].filter(Boolean).join(' · ');

/**
 * The plan as printed, outside the app's tree (a portal on body), so print CSS can show it alone.
 * Hidden on screen. It exists only while the plan is open and unlocked, and printing writes nothing:
 * the browser's print dialog gets the page as it is.
 */
export function PlanPrint({ plan, size }: { plan: SafetyPlan; size: PrintSize }) {
  const { lang, country } = useStore();
  const lines = CRISIS_LINES[country.value];
  const crisis = `${lines.crisis.display} · ${lines.emergency.display}`;
  const part = (id: PlanPartId, n?: number) => {
    const items = id === 'reasons' ? plan.reasons : plan.steps[id].items;
    const people = id === 'reasons' ? [] : plan.steps[id].people;
    return (
      <section key={id} class="plan-print-part">
        <h2>
          {n !== undefined && `${n}. `}
          {PLAN_GUIDES[id].title[lang]}
        </h2>
        {size === 'pocket' ? (
          <p>{[...items, ...people.map(personLine)].join(' · ')}</p>
        ) : (
          <ul>
            {items.map((item, i) => (
              <li key={`i${i}`}>{item}</li>
            ))}
            {people.map((p, i) => (
              <li key={`p${i}`}>{personLine(p)}</li>
            ))}
          </ul>
        )}
      </section>
    );
  };
  const steps = PLAN_STEPS.map((id, i) => part(id, i + 1));
  return createPortal(
    <div class="plan-print" data-size={size} lang={lang}>
      {size === 'pocket' ? (
        <>
          <div class="plan-card-side">
            <h1>
              {t('safetyPlan.printTitle')} · {crisis}
            </h1>
            {steps.slice(0, 3)}
          </div>
          <div class="plan-card-side">
            {steps.slice(3)}
            {part('reasons')}
          </div>
        </>
      ) : (
        <>
          <h1>{t('safetyPlan.printTitle')}</h1>
          <p class="plan-print-crisis">{crisis}</p>
          {steps}
          {part('reasons')}
        </>
      )}
    </div>,
    document.body,
  );
}

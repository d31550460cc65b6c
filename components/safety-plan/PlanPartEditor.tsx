import { useState } from 'preact/hooks';
import { PLAN_GUIDES, type PlanPartId } from '../../lib/content/safety-plan';
import { linesOf, PEOPLE_STEPS, type PlanStepId, type SafetyPlan } from '../../lib/safety-plan/safety-plan';
import type { SafetyPlanStore } from '../../lib/safety-plan/safety-plan-store';
import { t } from '../../lib/text/i18n';
import { useStore } from '../app/StoreContext';
import { Field } from '../ui/Field';
import { PlanPeople } from './PlanPeople';

const itemsOf = (plan: SafetyPlan, part: PlanPartId) =>
  part === 'reasons' ? plan.reasons : plan.steps[part].items;

/** One part of the plan: what it is for, the user's words (one per line), and its people if any. */
export function PlanPartEditor({ part, store }: { part: PlanPartId; store: SafetyPlanStore }) {
  const { lang } = useStore();
  const guide = PLAN_GUIDES[part];
  // The words as typed, blank lines included, so Enter works; the plan keeps the non-blank lines.
  const [text, setText] = useState(() =>
    store.plan.value ? itemsOf(store.plan.value, part).join('\n') : '',
  );
  const onInput = (value: string) => {
    setText(value);
    const items = linesOf(value);
    store.edit((plan) =>
      part === 'reasons'
        ? { ...plan, reasons: items }
        : { ...plan, steps: { ...plan.steps, [part]: { ...plan.steps[part], items } } },
    );
  };
  const id = `plan-${part}`;
  return (
    <section class="plan-part" aria-labelledby={`${id}-heading`}>
      <h4 id={`${id}-heading`}>{guide.title[lang]}</h4>
      <p class="hint" id={`${id}-purpose`}>
        {guide.purpose[lang]}
      </p>
      <Field id={id} label={t('safetyPlan.items')} describedBy={`${id}-purpose`}>
        {(control) => (
          <textarea
            {...control}
            rows={4}
            autocomplete="off"
            value={text}
            onInput={(e) => onInput(e.currentTarget.value)}
          />
        )}
      </Field>
      {part !== 'reasons' && PEOPLE_STEPS.includes(part) && (
        <PlanPeople step={part as PlanStepId} store={store} />
      )}
    </section>
  );
}

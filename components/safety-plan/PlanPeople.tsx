import { useEffect, useState } from 'preact/hooks';
import { dialDigits } from '../../lib/people/contact-links';
import { physicianLinesFor } from '../../lib/resources/programs';
import { shownNumber } from '../../lib/safety-plan/plan-numbers';
import type { PlanPerson, PlanStepId } from '../../lib/safety-plan/safety-plan';
import { LIMITS } from '../../lib/safety-plan/safety-plan';
import type { SafetyPlanStore } from '../../lib/safety-plan/safety-plan-store';
import { t } from '../../lib/text/i18n';
import { useStore } from '../app/StoreContext';
import { Field } from '../ui/Field';

const PHONE = /^\+?[\d\s().-]*$/;
const fit = (number: string | undefined) => (number && PHONE.test(number) ? number.slice(0, 25) : undefined);

/** One click to call, text or write: the same links as Reach's cards. */
export function PersonLinks({ person }: { person: PlanPerson }) {
  const textNumber = person.text ?? person.phone;
  return (
    <div class="dial-row">
      {person.phone && (
        <a class="dial" href={`tel:${dialDigits(person.phone)}`}>
          {t('safetyPlan.call', [person.name])}
        </a>
      )}
      {textNumber && person.from !== 'line' && (
        <a class="dial" href={`sms:${dialDigits(textNumber)}`}>
          {t('safetyPlan.text', [person.name])}
        </a>
      )}
      {person.email && (
        <a class="dial" href={`mailto:${person.email}`}>
          {t('safetyPlan.email', [person.name])}
        </a>
      )}
    </div>
  );
}

/**
 * The people of one step: picked from Reach or the region's physician lines (a copy of the name and
 * numbers is kept in the plan, sealed), or typed here.
 */
export function PlanPeople({ step, store }: { step: PlanStepId; store: SafetyPlanStore }) {
  const app = useStore();
  const people = store.plan.value?.steps[step].people ?? [];
  const [reachId, setReachId] = useState('');
  const [lineId, setLineId] = useState('');
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [phoneInvalid, setPhoneInvalid] = useState(false);
  useEffect(() => void app.people.ensure().catch(() => undefined), [app]);
  const contacts = app.contacts.value;
  const lines = physicianLinesFor(app.region.value, app.settings.role.value).filter((l) => l.lines.length);
  const full = people.length >= LIMITS.people;

  const add = (person: PlanPerson) =>
    store.edit((plan) => ({
      ...plan,
      steps: { ...plan.steps, [step]: { ...plan.steps[step], people: [...plan.steps[step].people, person] } },
    }));
  const remove = (index: number) =>
    store.edit((plan) => ({
      ...plan,
      steps: {
        ...plan.steps,
        [step]: { ...plan.steps[step], people: plan.steps[step].people.filter((_, i) => i !== index) },
      },
    }));

  const addReach = () => {
    const contact = contacts.find((c) => c.id === reachId);
    if (!contact) return;
    add({
      from: 'reach',
      ref: contact.id,
      name: contact.name.slice(0, LIMITS.nameLength),
      ...(fit(contact.phone) && { phone: fit(contact.phone) }),
      ...(fit(contact.text) && { text: fit(contact.text) }),
      ...(contact.email && { email: contact.email }),
    });
    setReachId('');
  };
  const addLine = () => {
    const program = lines.find((l) => l.id === lineId);
    const number = program?.lines[0];
    if (!program || !number) return;
    add({
      from: 'line',
      ref: program.id,
      name: program.name[app.lang].slice(0, LIMITS.nameLength),
      // As the line writes it (1-800-…), unless it holds letters; dial links use the digits either way.
      phone: fit(number.display) ?? number.digits,
    });
    setLineId('');
  };
  const addTyped = (event: Event) => {
    event.preventDefault();
    if (!name.trim()) return;
    // A number that could not be dialled is said so, never dropped quietly.
    if (phone.trim() && !fit(phone.trim())) return setPhoneInvalid(true);
    setPhoneInvalid(false);
    add({
      from: 'typed',
      name: name.trim().slice(0, LIMITS.nameLength),
      ...(fit(phone.trim()) && { phone: fit(phone.trim()) }),
    });
    setName('');
    setPhone('');
  };

  return (
    <div class="plan-people">
      <h5>{t('safetyPlan.peopleHeading')}</h5>
      {people.length === 0 ? (
        <p class="hint">{t('safetyPlan.nobody')}</p>
      ) : (
        <ul class="plan-person-list">
          {people.map((person, i) => (
            <li key={`${person.from}-${person.ref ?? person.name}-${i}`} class="plan-person">
              <strong>{person.name}</strong>
              {person.phone && <span class="hint"> {shownNumber(person)}</span>}
              <PersonLinks person={person} />
              <button type="button" class="link-button" onClick={() => remove(i)}>
                {t('safetyPlan.remove', [person.name])}
              </button>
            </li>
          ))}
        </ul>
      )}
      {!full && (
        <>
          {contacts.length === 0 ? (
            <p class="hint">{t('safetyPlan.noReach')}</p>
          ) : (
            <div class="plan-pick">
              <Field id={`plan-reach-${step}`} label={t('safetyPlan.addFromReach')}>
                {(control) => (
                  <select {...control} value={reachId} onChange={(e) => setReachId(e.currentTarget.value)}>
                    <option value="">{t('safetyPlan.choose')}</option>
                    {contacts.map((c) => (
                      <option key={c.id} value={c.id}>
                        {c.name}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <button type="button" onClick={addReach} disabled={!reachId}>
                {t('safetyPlan.add')}
              </button>
            </div>
          )}
          {step === 'professionals' && lines.length > 0 && (
            <div class="plan-pick">
              <Field id={`plan-line-${step}`} label={t('safetyPlan.addLine')}>
                {(control) => (
                  <select {...control} value={lineId} onChange={(e) => setLineId(e.currentTarget.value)}>
                    <option value="">{t('safetyPlan.choose')}</option>
                    {lines.map((l) => (
                      <option key={l.id} value={l.id}>
                        {l.name[app.lang]}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <button type="button" onClick={addLine} disabled={!lineId}>
                {t('safetyPlan.add')}
              </button>
            </div>
          )}
          {/* Folded, to keep the screen short: picking is the usual way. */}
          <details class="plan-typed">
            <summary>{t('safetyPlan.addTyped')}</summary>
            <form onSubmit={addTyped}>
              <Field id={`plan-name-${step}`} label={t('safetyPlan.name')}>
                {(control) => (
                  <input
                    {...control}
                    type="text"
                    autocomplete="off"
                    maxLength={LIMITS.nameLength}
                    value={name}
                    onInput={(e) => setName(e.currentTarget.value)}
                  />
                )}
              </Field>
              <Field
                id={`plan-phone-${step}`}
                label={t('safetyPlan.phone')}
                error={phoneInvalid ? t('contacts.errors.phoneInvalid') : undefined}
              >
                {(control) => (
                  <input
                    {...control}
                    type="tel"
                    autocomplete="off"
                    maxLength={25}
                    value={phone}
                    onInput={(e) => setPhone(e.currentTarget.value)}
                  />
                )}
              </Field>
              <button type="submit" disabled={!name.trim()}>
                {t('safetyPlan.add')}
              </button>
            </form>
          </details>
        </>
      )}
    </div>
  );
}

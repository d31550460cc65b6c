import type { ComponentChildren } from 'preact';
import { indicatorsIn, type IndicatorGroup } from '../../lib/content/indicators';
import { useStore } from '../app/StoreContext';

/**
 * One group of signs as checkboxes, worded for the current mode, with where the list comes from.
 * `children` close the group (the way to the next steps).
 */
export function IndicatorGroupFields({
  group,
  children,
}: {
  group: IndicatorGroup;
  children?: ComponentChildren;
}) {
  const { signs, lang } = useStore();
  const mode = signs.mode.value;
  const noteId = `source-${group.id}`;
  const leadId = `lead-${group.id}`;
  return (
    <fieldset
      class={`indicator-group indicator-group--${group.id}`}
      aria-describedby={group.lead ? `${leadId} ${noteId}` : noteId}
    >
      <legend>{group.title[lang]}</legend>
      {group.lead && (
        <p id={leadId} class="group-lead">
          {group.lead[lang]}
        </p>
      )}
      {indicatorsIn(group.id).map((indicator) => (
        <label key={indicator.id} class="check">
          {/* autocomplete="off": Chromium then keeps no tick in its session (tab restore) files. */}
          <input
            id={`sign-${indicator.id}`}
            type="checkbox"
            autocomplete="off"
            checked={signs.ticked.value.has(indicator.id)}
            onChange={() => signs.toggle(indicator.id)}
          />
          <span>{indicator.label[mode][lang]}</span>
        </label>
      ))}
      <p id={noteId} class="source-note">
        {group.sourceNote[lang]}
      </p>
      {children}
    </fieldset>
  );
}

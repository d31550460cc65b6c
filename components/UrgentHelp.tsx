import { useState } from 'preact/hooks';
import { URGENT_KINDS, type UrgentKind } from '../lib/content/indicators';
import { t } from '../lib/i18n';
import { CrisisLineAbout } from './CrisisActions';
import { RegionNote } from './RegionNote';
import { useStore } from './StoreContext';
import { UrgentBlock } from './UrgentBlock';

const KIND_LABELS = {
  suicide: 'urgentKinds.suicideChoice',
  threat: 'urgentKinds.threatChoice',
  impaired: 'urgentKinds.impairedChoice',
} as const;

// Suicide risk first: it is what most people open this for.
const CHOICES: UrgentKind[] = ['suicide', ...URGENT_KINDS.filter((kind) => kind !== 'suicide')];

/**
 * "Worried about their safety?": one click from anywhere in HELP to what to do now, for each kind
 * of urgent: a risk of suicide, a threat to others, or a colleague impaired at work.
 */
export function UrgentHelp() {
  const { help } = useStore();
  const open = help.urgentOpen.value;
  const [kind, setKind] = useState<UrgentKind>('suicide');
  return (
    <div class="urgent">
      <button
        type="button"
        class="urgent-toggle"
        aria-expanded={open}
        aria-controls="urgent-block"
        onClick={help.toggleUrgent}
      >
        {t('urgent.toggle')}
      </button>
      <div id="urgent-block">
        {open && (
          <>
            <div class="segmented" role="group" aria-label={t('urgentKinds.kindLabel')}>
              {CHOICES.map((choice) => (
                <button
                  key={choice}
                  type="button"
                  aria-pressed={kind === choice}
                  onClick={() => setKind(choice)}
                >
                  {t(KIND_LABELS[choice])}
                </button>
              ))}
            </div>
            <UrgentBlock kind={kind} mode="colleague">
              <RegionNote />
            </UrgentBlock>
            <CrisisLineAbout />
          </>
        )}
      </div>
    </div>
  );
}

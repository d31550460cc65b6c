import { useState } from 'preact/hooks';
import type { SignsMode } from '../../lib/content/indicators';
import { URGENT_KINDS, type UrgentKind } from '../../lib/content/urgent-kinds';
import { t } from '../../lib/text/i18n';
import { CrisisLineAbout } from './CrisisActions';
import { RegionNote } from '../region/RegionNote';
import { lazyView } from '../app/lazyView';
import { UrgentBlock } from './UrgentBlock';
import { ToggleButtons } from '../ui/ToggleButtons';

// The physician lines load with the urgent area, not with the popup's first screen.
const UrgentProgramLines = lazyView(() => import('./UrgentProgramLines').then((m) => m.UrgentProgramLines));
// For myself: what my licence form asks, one click away (issue 22); loads only in that mode.
const LicenceForm = lazyView(() =>
  import('../before-you-call/LicenceFormDisclosure').then((m) => m.LicenceFormDisclosure),
);

const KIND_LABELS = {
  suicide: 'urgentKinds.suicideChoice',
  threat: 'urgentKinds.threatChoice',
  impaired: 'urgentKinds.impairedChoice',
} as const;

// Suicide risk first: it is what most people open this for.
const CHOICES: UrgentKind[] = ['suicide', ...URGENT_KINDS.filter((kind) => kind !== 'suicide')];

/**
 * What to do now, for each kind of urgent (a risk of suicide, a threat to others, impaired at
 * work), for a colleague or for myself: the kind is chosen here, suicide risk first.
 */
export function UrgentChoices({ mode }: { mode: SignsMode }) {
  const [kind, setKind] = useState<UrgentKind>('suicide');
  return (
    <>
      <ToggleButtons
        label={t('urgentKinds.kindLabel')}
        options={CHOICES.map((choice) => ({ value: choice, label: t(KIND_LABELS[choice]) }))}
        selected={kind}
        onSelect={setKind}
      />
      <UrgentBlock kind={kind} mode={mode}>
        <RegionNote />
      </UrgentBlock>
      <CrisisLineAbout />
      <UrgentProgramLines />
      {mode === 'myself' && <LicenceForm />}
    </>
  );
}

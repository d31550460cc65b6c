import type { ComponentChildren, RefObject } from 'preact';
import { CRISIS_LINES } from '../../lib/content/crisis-lines';
import type { SignsMode, UrgentKind } from '../../lib/content/indicators';
import { CrisisDialRow } from './CrisisActions';
import { lazyView } from '../app/lazyView';
import { useStore } from '../app/StoreContext';
import { UrgentSteps, urgentHeading } from './UrgentSteps';
import { OpenSafetyPlan } from '../safety-plan/OpenSafetyPlan';

// The reporting-duties line (and its sources by province) shows with the impaired-at-work block only,
// right under it (outside the alert, so the block itself still fits the popup at 125% in French):
// it loads with that block, keeping the popup's first screen light.
const ReportingDuties = lazyView(() => import('./ReportingDuties').then((m) => m.ReportingDuties));

interface Props {
  kind: UrgentKind;
  mode: SignsMode;
  headingRef?: RefObject<HTMLHeadingElement>;
  children?: ComponentChildren;
}

/**
 * One kind of urgent, short enough to fit the popup: the first step as the heading, the dial links
 * right under it (still in view when zoom makes the block taller than the window), then what follows.
 * Announced as an alert when it appears; its heading can take focus. What the crisis line is goes
 * under the block (CrisisLineAbout), to keep the block short.
 */
export function UrgentBlock({ kind, mode, headingRef, children }: Props) {
  const { country } = useStore();
  const lines = CRISIS_LINES[country.value];
  return (
    <>
      <div role="alert" class="urgent-block" data-kind={kind}>
        <h3 ref={headingRef} tabIndex={-1}>
          {urgentHeading(kind, mode, lines.crisis.display, lines.emergency.display)}
        </h3>
        {/* Emergency services first where the first step may be 911: a threat, or a possible medical
          cause. For a colleague impaired at work, 911 alone: the crisis line stays under the block. */}
        <CrisisDialRow
          emergencyFirst={kind !== 'suicide'}
          emergencyOnly={kind === 'impaired' && mode === 'colleague'}
        />
        <UrgentSteps kind={kind} mode={mode} />
        {/* About oneself: the plan made ahead, after the lines (which stay first, always shown). */}
        {mode === 'myself' && kind === 'suicide' && <OpenSafetyPlan />}
        {children}
      </div>
      {kind === 'impaired' && mode === 'colleague' && <ReportingDuties />}
    </>
  );
}

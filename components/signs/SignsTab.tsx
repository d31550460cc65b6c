import './signs.css';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { INDICATOR_GROUPS, indicatorsIn } from '../../lib/content/indicators';
import { t } from '../../lib/text/i18n';
import { summarizeSigns } from '../../lib/signs/signs-summary';
import { IndicatorGroupFields } from './IndicatorGroupFields';
import { NotCrisisService } from '../ui/NotCrisisService';
import { NextStepsCue } from './NextStepsCue';
import { SignsNextSteps } from './SignsNextSteps';
import { SignsUrgent } from '../urgent/SignsUrgent';
import { useStore } from '../app/StoreContext';
import { OpenSafetyPlan } from '../safety-plan/OpenSafetyPlan';
import { ToggleButtons } from '../ui/ToggleButtons';

/** The groups with an ordinary sign, whose foot leads to the next steps (red flags escalate instead). */
const ORDINARY_GROUPS = new Set(
  INDICATOR_GROUPS.filter((group) => indicatorsIn(group.id).some((sign) => !sign.redFlag)).map((g) => g.id),
);

export function SignsTab() {
  const { signs, calm } = useStore();
  const mode = signs.mode.value;
  const summary = summarizeSigns(signs.ticked.value);
  // Ticks made before this visit to the tab do not pull focus when it opens.
  const since = useRef(signs.lastTicked.value?.serial ?? 0).current;
  const nextStepsHeading = useRef<HTMLHeadingElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // Only where focus was lost with the button pressed in another view: focus the reader put somewhere
  // since (Take a minute, a tab) stays. A plain focus, in the frame the tab first paints: the page
  // scrolls only if the heading is out of view, so the tabs stay in sight.
  useLayoutEffect(() => {
    const lost = !document.activeElement || document.activeElement === document.body;
    if (signs.takeFocusOnOpen() && lost) heading.current?.focus();
  }, []);
  const showNextSteps = !summary.redFlag && summary.otherCount > 0;
  return (
    <section class="signs" aria-labelledby="signs-heading">
      <h2 id="signs-heading" tabIndex={-1} ref={heading}>
        {t('signs.heading')}
      </h2>
      <p class="hint">{t('signs.nothingSaved')}</p>
      <NotCrisisService />
      <ToggleButtons
        label={t('signs.whoLabel')}
        options={[
          { value: 'colleague', label: t('signs.colleague') },
          { value: 'myself', label: t('signs.myself') },
        ]}
        selected={mode}
        onSelect={signs.setMode}
      />
      {mode === 'myself' && (
        <>
          <button type="button" class="calm-link" onClick={calm.show}>
            {t('calm.open')}
          </button>
          <OpenSafetyPlan />
        </>
      )}
      {summary.redFlag && <SignsUrgent kinds={summary.urgentKinds} mode={mode} since={since} />}
      {INDICATOR_GROUPS.map((group) => (
        <IndicatorGroupFields key={group.id} group={group}>
          {ORDINARY_GROUPS.has(group.id) && (
            <NextStepsCue count={showNextSteps ? summary.otherCount : 0} target={nextStepsHeading} />
          )}
        </IndicatorGroupFields>
      ))}
      <button type="button" onClick={signs.clear} disabled={signs.ticked.value.size === 0}>
        {t('signs.clear')}
      </button>
      {showNextSteps && (
        <SignsNextSteps mode={mode} count={summary.otherCount} headingRef={nextStepsHeading} />
      )}
    </section>
  );
}

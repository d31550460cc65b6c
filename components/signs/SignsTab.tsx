import './signs.css';
import { useLayoutEffect, useMemo, useRef } from 'preact/hooks';
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
  // Ticks made before this visit to the tab, or before the last switch of mode, do not pull focus
  // when their list is shown (each mode keeps its own ticks).
  // peek(): this count is read when the tab opens or the mode switches, not followed tick by tick.
  const since = useMemo(() => signs.lastTicked.peek()?.serial ?? 0, [mode]);
  const nextStepsHeading = useRef<HTMLHeadingElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // Sent here from another view: the pressed button went with it, and focus with it. Where the reader
  // has put focus since (a keyboard user pressing Tab while this tab loads), it stays. The page goes
  // back to its top, tabs in sight (HELP may have been scrolled down), in the frame the tab first paints.
  useLayoutEffect(() => {
    const lost = !document.activeElement || document.activeElement === document.body;
    if (!signs.takeFocusOnOpen() || !lost) return;
    window.scrollTo(0, 0);
    heading.current?.focus({ preventScroll: true });
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
      <button type="button" onClick={signs.clear} disabled={!signs.anyTicked.value}>
        {t('signs.clear')}
      </button>
      {showNextSteps && (
        <SignsNextSteps mode={mode} count={summary.otherCount} headingRef={nextStepsHeading} />
      )}
    </section>
  );
}

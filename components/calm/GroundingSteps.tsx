import { useState } from 'preact/hooks';
import { t } from '../../lib/text/i18n';

const STEPS = ['calm.ground5', 'calm.ground4', 'calm.ground3', 'calm.ground2', 'calm.ground1'] as const;

/** 5-4-3-2-1 grounding, one sense at a time (research/content-facts.md, section 7). */
export function GroundingSteps() {
  const [step, setStep] = useState<number | null>(null);
  const current = step === null ? undefined : STEPS[step];
  return (
    <div class="grounding">
      <h3>{t('calm.groundingHeading')}</h3>
      {step === null ? (
        <button type="button" onClick={() => setStep(0)}>
          {t('calm.groundingStart')}
        </button>
      ) : current ? (
        <>
          <p class="grounding-step" aria-live="polite">
            {t(current)}
          </p>
          <button type="button" class="primary" onClick={() => setStep(step + 1)}>
            {t('help.next')}
          </button>
        </>
      ) : (
        <>
          <p aria-live="polite">{t('calm.groundingDone')}</p>
          <button type="button" onClick={() => setStep(0)}>
            {t('calm.groundingAgain')}
          </button>
        </>
      )}
    </div>
  );
}

import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { createPacerStore } from '../lib/store/pacer-store';
import { t } from '../lib/i18n';
import { BreathingPacer } from './BreathingPacer';
import { GroundingSteps } from './GroundingSteps';
import { useStore } from './StoreContext';

/** "Take a minute": box breathing and 5-4-3-2-1 grounding, reachable from every tab. */
export function CalmView() {
  const { calmOpen } = useStore();
  // The pacer's clock belongs to this view: it exists only while the view is open.
  const [pacer] = useState(createPacerStore);
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => {
    heading.current?.focus();
    // Leaving the view stops the clock: nothing runs in the background.
    return () => pacer.reset();
  }, [pacer]);
  return (
    <section class="calm" aria-labelledby="calm-heading">
      <h2 id="calm-heading" ref={heading} tabIndex={-1}>
        {t('calm.heading')}
      </h2>
      <p class="hint">{t('calm.intro')}</p>
      <BreathingPacer pacer={pacer} />
      <GroundingSteps />
      <button type="button" onClick={() => (calmOpen.value = false)}>
        {t('calm.close')}
      </button>
    </section>
  );
}

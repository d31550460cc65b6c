import './calm.css';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { t } from '../../lib/text/i18n';
import { BreathingPacer } from './BreathingPacer';
import { GroundingSteps } from './GroundingSteps';
import { useStore } from '../app/StoreContext';

/** "Take a minute": box breathing and 5-4-3-2-1 grounding, reachable from every tab. */
export function CalmView() {
  const { calm } = useStore();
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => heading.current?.focus(), []);
  return (
    <section class="calm" aria-labelledby="calm-heading">
      <h2 id="calm-heading" ref={heading} tabIndex={-1}>
        {t('calm.heading')}
      </h2>
      <p class="hint">{t('calm.intro')}</p>
      <BreathingPacer pacer={calm.pacer} />
      <GroundingSteps />
      <button type="button" onClick={calm.close}>
        {t('calm.close')}
      </button>
    </section>
  );
}

import './guides.css';
import type { AfterEventPathId } from '../lib/content/difficult-event';
import { t } from '../lib/i18n';
import { useStore } from './StoreContext';

/** The way into the after-event path: from HELP, Signs' next steps and Reach. */
export function GuideLinks({ path = null }: { path?: AfterEventPathId | null }) {
  const { guides } = useStore();
  return (
    <div class="guide-links">
      <button type="button" onClick={() => guides.show('after-event', path)}>
        {t('afterEvent.open')}
      </button>
    </div>
  );
}

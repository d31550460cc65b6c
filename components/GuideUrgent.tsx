import type { AfterEventPathId } from '../lib/content/difficult-event';
import { t } from '../lib/i18n';
import { SignsUrgent } from './SignsUrgent';
import { useStore } from './StoreContext';

/** The urgent block, one click away on every screen of a guide: for a colleague or for myself. */
export function GuideUrgent({ mode }: { mode: AfterEventPathId }) {
  const { guides } = useStore();
  const open = guides.urgentOpen.value;
  return (
    <div class="urgent">
      <button
        type="button"
        class="urgent-toggle"
        aria-expanded={open}
        aria-controls="guide-urgent-block"
        onClick={() => (guides.urgentOpen.value = !open)}
      >
        {mode === 'colleague' ? t('urgent.toggle') : t('afterEvent.urgentMyself')}
      </button>
      <div id="guide-urgent-block">{open && <SignsUrgent mode={mode} />}</div>
    </div>
  );
}

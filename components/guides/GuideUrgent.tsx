import type { AfterEventPathId } from '../../lib/content/difficult-event';
import { t } from '../../lib/text/i18n';
import { useStore } from '../app/StoreContext';
import { UrgentChoices } from '../urgent/UrgentChoices';
import { UrgentToggle } from '../urgent/UrgentToggle';

/** The urgent help, one click away on every screen of a guide: for a colleague or for myself. */
export function GuideUrgent({ mode }: { mode: AfterEventPathId }) {
  const { guides } = useStore();
  return (
    <UrgentToggle
      id="guide-urgent-block"
      label={mode === 'colleague' ? t('urgent.toggle') : t('afterEvent.urgentMyself')}
      open={guides.urgentOpen.value}
      onToggle={guides.toggleUrgent}
    >
      <UrgentChoices mode={mode} />
    </UrgentToggle>
  );
}

import { t } from '../../lib/text/i18n';
import { useStore } from '../app/StoreContext';
import { UrgentChoices } from './UrgentChoices';
import { UrgentToggle } from './UrgentToggle';

/**
 * "Worried about their safety?": one click from anywhere in HELP to what to do now, for each kind
 * of urgent: a risk of suicide, a threat to others, or a colleague impaired at work.
 */
export function UrgentHelp() {
  const { help } = useStore();
  return (
    <UrgentToggle
      id="urgent-block"
      label={t('urgent.toggle')}
      open={help.urgentOpen.value}
      onToggle={help.toggleUrgent}
    >
      <UrgentChoices mode="colleague" />
    </UrgentToggle>
  );
}

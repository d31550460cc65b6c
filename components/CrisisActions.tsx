import { CRISIS_LINES } from '../lib/content/crisis-lines';
import { t } from '../lib/i18n';
import { useStore } from './StoreContext';

/**
 * Dial links for the crisis line and emergency services of the user's country. A threat to others
 * puts emergency services first; the crisis line is always there.
 */
export function CrisisActions({ emergencyFirst = false }: { emergencyFirst?: boolean }) {
  const { country, lang } = useStore();
  const lines = CRISIS_LINES[country.value];
  const emergency = (
    <a class="dial dial--emergency" href={`tel:${lines.emergency.digits}`}>
      {t('urgent.emergency', [lines.emergency.display])}
    </a>
  );
  return (
    <div class="crisis-actions">
      <div class="dial-row">
        {emergencyFirst && emergency}
        <a class="dial" href={`tel:${lines.crisis.digits}`}>
          {t('urgent.call', [lines.crisis.display])}
        </a>
        <a class="dial" href={`sms:${lines.crisis.digits}`}>
          {t('urgent.text', [lines.crisis.display])}
        </a>
        {!emergencyFirst && emergency}
      </div>
      <p class="crisis-name">
        <strong>{lines.crisis.name[lang]}</strong> {lines.crisis.about[lang]}
      </p>
    </div>
  );
}

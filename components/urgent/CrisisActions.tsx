import { CRISIS_LINES } from '../../lib/content/crisis-lines';
import { t } from '../../lib/text/i18n';
import { useStore } from '../app/StoreContext';

/** The crisis line and emergency services of the user's country: dial links, then what the line is. */
export function CrisisActions() {
  return (
    <div class="crisis-actions">
      <CrisisDialRow />
      <CrisisLineAbout />
    </div>
  );
}

/**
 * Dial links. A threat to others puts emergency services first; the crisis line is there too, except
 * where the block is about someone else's health at work (emergencyOnly), to keep it short.
 */
export function CrisisDialRow({
  emergencyFirst = false,
  emergencyOnly = false,
}: {
  emergencyFirst?: boolean;
  emergencyOnly?: boolean;
}) {
  const { country } = useStore();
  const lines = CRISIS_LINES[country.value];
  const emergency = (
    <a class="dial dial--emergency" href={`tel:${lines.emergency.digits}`}>
      {t('urgent.emergency', [lines.emergency.display])}
    </a>
  );
  if (emergencyOnly) return <div class="dial-row">{emergency}</div>;
  return (
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
  );
}

/** What the crisis line is and whom it is for, in one line. */
export function CrisisLineAbout() {
  const { country, lang } = useStore();
  const { crisis } = CRISIS_LINES[country.value];
  return (
    <p class="crisis-name">
      <strong>{crisis.name[lang]}</strong> {crisis.about[lang]}
    </p>
  );
}

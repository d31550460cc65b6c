import { t } from '../lib/i18n';

/** What to do now when a colleague's safety is at risk (research/content-facts.md, section 6.2). */
export function UrgentSteps() {
  return (
    <ul>
      <li>{t('urgent.askDirectly')}</li>
      <li>{t('urgent.stayWithThem')}</li>
      <li>{t('urgent.removeMeans')}</li>
      <li>{t('urgent.noSecrecy')}</li>
    </ul>
  );
}

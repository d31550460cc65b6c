import { t } from '../../lib/text/i18n';

/** One short line where people look for help: this extension is not a crisis service. */
export function NotCrisisService() {
  return <p class="not-crisis">{t('urgentKinds.notCrisis')}</p>;
}

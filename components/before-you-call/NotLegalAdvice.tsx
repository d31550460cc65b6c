import { t } from '../../lib/text/i18n';

/** Said once in each view that shows "Before you call" or the licence forms. */
export function NotLegalAdvice() {
  return <p class="hint not-legal-advice">{t('beforeYouCall.notLegalAdvice')}</p>;
}

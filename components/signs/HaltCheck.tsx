import { t } from '../../lib/text/i18n';

/** HALT: a quick self-check of basic needs before acting (research/content-facts.md, section 7). */
export function HaltCheck() {
  return (
    <div class="halt">
      <h4>{t('halt.heading')}</h4>
      <dl>
        <dt>{t('halt.hungry')}</dt>
        <dd>{t('halt.hungryDo')}</dd>
        <dt>{t('halt.angry')}</dt>
        <dd>{t('halt.angryDo')}</dd>
        <dt>{t('halt.lonely')}</dt>
        <dd>{t('halt.lonelyDo')}</dd>
        <dt>{t('halt.tired')}</dt>
        <dd>{t('halt.tiredDo')}</dd>
      </dl>
    </div>
  );
}

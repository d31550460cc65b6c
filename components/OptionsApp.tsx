import { t } from '../lib/i18n';
import { RegionSelect } from './RegionSelect';

export function OptionsApp() {
  return (
    <main class="options">
      <h1>{t('app.settingsTitle')}</h1>
      <section aria-labelledby="region-heading">
        <h2 id="region-heading">{t('options.regionHeading')}</h2>
        <RegionSelect />
      </section>
      <section aria-labelledby="language-heading">
        <h2 id="language-heading">{t('options.languageHeading')}</h2>
        <p>{t('options.languageBody')}</p>
      </section>
      <section aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">{t('options.privacyHeading')}</h2>
        <p>{t('options.privacyBody')}</p>
      </section>
    </main>
  );
}

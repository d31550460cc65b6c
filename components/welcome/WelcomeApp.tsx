import { t } from '../../lib/text/i18n';
import { RegionSelect } from '../region/RegionSelect';
import { LanguageSelect } from '../settings/LanguageSelect';
import { RoleSelect } from '../settings/RoleSelect';
import { NotCrisisService } from '../ui/NotCrisisService';
import { PinPicture } from './PinPicture';
import { Section } from '../ui/Section';
import './welcome.css';

/**
 * The first run, opened once when the extension is installed (not when an institution has set the
 * region): where you work, so the right lines show; how to keep the button in reach; what stays here.
 * Each choice is saved as it is made, so closing the tab early loses nothing.
 */
export function WelcomeApp() {
  return (
    <main class="options welcome">
      <h1>{t('welcome.heading')}</h1>
      <p class="intro">{t('welcome.intro')}</p>
      <Section id="where" heading={t('welcome.whereHeading')}>
        <RegionSelect />
        <RoleSelect />
        <LanguageSelect />
      </Section>
      <Section id="pin" heading={t('welcome.pinHeading')}>
        <p>{t('welcome.pinChromium')}</p>
        <p>{t('welcome.pinFirefox')}</p>
        <PinPicture />
        <p class="hint">{t('welcome.shortcut')}</p>
      </Section>
      <Section id="stays" heading={t('welcome.staysHeading')}>
        <p>{t('welcome.staysBody')}</p>
        <NotCrisisService />
      </Section>
      <p>{t('welcome.done')}</p>
    </main>
  );
}

import { t } from '../../lib/text/i18n';
import { AutoLockSelect } from '../journal/AutoLockSelect';
import { ContactList } from '../people/ContactList';
import { InstitutionStatus } from './InstitutionStatus';
import { LanguageSelect } from './LanguageSelect';
import { PolicyExport } from './PolicyExport';
import { RegionSelect } from '../region/RegionSelect';
import { RoleSelect } from './RoleSelect';
import { StorageProtectionStatus } from './StorageProtectionStatus';
import { Section } from '../ui/Section';

export function OptionsApp() {
  return (
    <main class="options">
      <h1>{t('app.settingsTitle')}</h1>
      <Section id="region" heading={t('options.regionHeading')}>
        <RegionSelect />
        <RoleSelect />
      </Section>
      <Section id="contacts" heading={t('options.contactsHeading')}>
        <p class="hint">{t('options.contactsIntro')}</p>
        <ContactList />
      </Section>
      <Section id="journal-settings" heading={t('options.journalHeading')}>
        <AutoLockSelect />
      </Section>
      <Section id="storage-protection" heading={t('storageProtection.heading')}>
        <StorageProtectionStatus />
      </Section>
      <Section id="institution" heading={t('options.institutionHeading')}>
        <InstitutionStatus />
      </Section>
      <Section id="export" heading={t('options.exportHeading')}>
        <PolicyExport />
      </Section>
      <Section id="language" heading={t('options.languageHeading')}>
        <LanguageSelect />
      </Section>
      <Section id="privacy" heading={t('options.privacyHeading')}>
        <p>{t('options.privacyBody')}</p>
        <p>
          <a class="privacy-policy-link" href="privacy.html" target="_blank" rel="noopener">
            {t('options.privacyPolicyLink')}
          </a>
        </p>
      </Section>
    </main>
  );
}

import { t } from '../../lib/text/i18n';
import { AutoLockSelect } from '../journal/AutoLockSelect';
import { ContactList } from '../people/ContactList';
import { InstitutionStatus } from './InstitutionStatus';
import { PolicyExport } from './PolicyExport';
import { RegionSelect } from '../region/RegionSelect';
import { RoleSelect } from './RoleSelect';
import { StorageProtectionStatus } from './StorageProtectionStatus';

export function OptionsApp() {
  return (
    <main class="options">
      <h1>{t('app.settingsTitle')}</h1>
      <section aria-labelledby="region-heading">
        <h2 id="region-heading">{t('options.regionHeading')}</h2>
        <RegionSelect />
        <RoleSelect />
      </section>
      <section aria-labelledby="contacts-heading">
        <h2 id="contacts-heading">{t('options.contactsHeading')}</h2>
        <p class="hint">{t('options.contactsIntro')}</p>
        <ContactList />
      </section>
      <section aria-labelledby="journal-settings-heading">
        <h2 id="journal-settings-heading">{t('options.journalHeading')}</h2>
        <AutoLockSelect />
      </section>
      <section aria-labelledby="storage-protection-heading">
        <h2 id="storage-protection-heading">{t('storageProtection.heading')}</h2>
        <StorageProtectionStatus />
      </section>
      <section aria-labelledby="institution-heading">
        <h2 id="institution-heading">{t('options.institutionHeading')}</h2>
        <InstitutionStatus />
      </section>
      <section aria-labelledby="export-heading">
        <h2 id="export-heading">{t('options.exportHeading')}</h2>
        <PolicyExport />
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

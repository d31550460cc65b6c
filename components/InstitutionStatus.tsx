import { t } from '../lib/i18n';
import { useStore } from './StoreContext';

/** Which institution settings are in force, or why they were ignored. */
export function InstitutionStatus() {
  const state = useStore().settings.policyState.value;
  if (state.status === 'none') return <p>{t('options.institutionNone')}</p>;
  if (state.status === 'invalid') {
    return (
      <p class="error" role="alert">
        {t('options.institutionInvalid', [state.problems.join('; ')])}
      </p>
    );
  }
  return (
    <p>{t('options.institutionActive', [state.policy.institutionName ?? t('contacts.yourInstitution')])}</p>
  );
}

import { t } from '../../lib/text/i18n';
import type { Restrictions } from '../../lib/settings/policy';
import { useStore } from '../app/StoreContext';

/** A contact's problem is named by its message key (the form's own messages): said in words here. */
const readable = (problem: string) =>
  problem.replace(/contacts\.errors\.\w+/g, (key) => t(key as Parameters<typeof t>[0]));

/**
 * Which institution settings are in force, key by key, or why they were ignored. A value of the
 * wrong type (a registry string "false" for a boolean) never reaches the extension: Chrome drops
 * it, so it is simply absent from this list, and IT can see that here.
 */
export function InstitutionStatus() {
  const state = useStore().settings.policyState.value;
  if (state.status === 'none') return <p>{t('options.institutionNone')}</p>;
  if (state.status === 'invalid') {
    const kept = (Object.keys(state.restrictions ?? {}) as (keyof Restrictions)[]).sort();
    return (
      <>
        <p class="error" role="alert">
          {t('options.institutionInvalid', [state.problems.map(readable).join('; ')])}
        </p>
        {kept.length > 0 && (
          <>
            <p id="policy-restrictions">{t('options.institutionRestrictionsKept')}</p>
            <ul aria-labelledby="policy-restrictions" class="policy-keys">
              {kept.map((key) => (
                // The value in force, which may be stricter than IT's (a cap of 10 is 5).
                <li key={key}>
                  <code>{key}</code>: <code>{String(state.restrictions?.[key])}</code>
                </li>
              ))}
            </ul>
          </>
        )}
      </>
    );
  }
  const keys = Object.entries(state.policy)
    .filter(([, value]) => value !== undefined)
    .map(([key]) => key)
    .sort();
  return (
    <>
      <p>
        {/* Named or not, in words that read right in French ("de l’Hôpital…" would need an article). */}
        {state.policy.institutionName
          ? t('options.institutionActive', [state.policy.institutionName])
          : t('options.institutionActiveUnnamed')}
      </p>
      {state.warnings && (
        <p class="error" role="status">
          {t('options.institutionPartlyIgnored', [state.warnings.join('; ')])}
        </p>
      )}
      <p id="policy-keys">{t('options.institutionKeys')}</p>
      <ul aria-labelledby="policy-keys" class="policy-keys">
        {keys.map((key) => (
          <li key={key}>
            <code>{key}</code>
          </li>
        ))}
      </ul>
    </>
  );
}

import { t } from '../../lib/text/i18n';
import {
  PRIVACY_POLICY_INTRO,
  PRIVACY_POLICY_SECTIONS,
  PRIVACY_POLICY_TITLE,
} from '../../lib/settings/privacy-policy';

/** The privacy policy page (privacy.html), the same text the stores publish. */
export function PrivacyPolicy() {
  return (
    <main class="options privacy-policy">
      <h1>{t(PRIVACY_POLICY_TITLE)}</h1>
      {PRIVACY_POLICY_INTRO.map((key) => (
        <p key={key}>{t(key)}</p>
      ))}
      {PRIVACY_POLICY_SECTIONS.map(([heading, body]) => (
        <section key={heading} aria-labelledby={heading}>
          <h2 id={heading}>{t(heading)}</h2>
          <p>{t(body)}</p>
        </section>
      ))}
    </main>
  );
}

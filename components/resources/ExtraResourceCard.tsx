import { dialDigits } from '../../lib/people/contact-links';
import { t } from '../../lib/text/i18n';
import type { ExtraResource } from '../../lib/settings/policy';
import { BeforeYouCall } from '../before-you-call/BeforeYouCall';

/** A resource an institution added through policy: shown as given, text only. */
export function ExtraResourceCard({ resource }: { resource: ExtraResource }) {
  return (
    <article class="resource">
      <h4>{resource.name}</h4>
      {resource.about && <p>{resource.about}</p>}
      <div class="dial-row">
        {resource.phone && (
          <a class="dial" href={`tel:${dialDigits(resource.phone)}`}>
            {t('contacts.call', [resource.phone])}
          </a>
        )}
        {resource.url && (
          <a class="dial" href={resource.url} target="_blank" rel="noreferrer">
            {t('programs.website', [resource.name])}
          </a>
        )}
      </div>
      {resource.beforeYouCall && <BeforeYouCall institution={resource.beforeYouCall} />}
    </article>
  );
}

import { KIND_NAMES } from '../../lib/content/resource-kind-names';
import type { Resource } from '../../lib/content/resources';
import { t } from '../../lib/text/i18n';
import { siteName } from '../../lib/text/site-name';
import { useDayFormat } from '../ui/use-date-format';
import { resourcePlace } from '../../lib/resources/resource-search';
import { useStore } from '../app/StoreContext';
import { TextList } from '../ui/TextList';
import { BeforeYouCall } from '../before-you-call/BeforeYouCall';
import { ProgramWho } from './ProgramWho';

/** One directory entry: what it is, how to reach it, what to expect, and where the facts came from. */
export function ResourceCard({ resource }: { resource: Resource }) {
  const { lang, region } = useStore();
  const reviewed = useDayFormat()(resource.reviewed);
  return (
    <article class="resource" aria-labelledby={`resource-${resource.id}`}>
      <h3 id={`resource-${resource.id}`}>{resource.name[lang]}</h3>
      <p class="hint">
        {KIND_NAMES[resource.kind][lang]} · {resourcePlace(resource, region.value, lang)}
        {resource.locality ? ` · ${resource.locality[lang]}` : ''}
        {/* Said once: "When:" below gives the hours where the content has them. */}
        {resource.is24h && !resource.hours ? ` · ${t('resources.open24h')}` : ''}
      </p>
      <p>
        {resource.about[lang]}
        <ProgramWho program={resource} />
      </p>
      <TextList heading={t('resources.whatToExpect')} items={resource.expect} lang={lang} />
      <div class="dial-row">
        {resource.lines.map((line) => (
          <a key={line.digits} class="dial" href={`tel:${line.digits}`}>
            {t('programs.call', [line.display, line.note[lang]])}
          </a>
        ))}
        {resource.textDigits && (
          <a class="dial" href={`sms:${resource.textDigits}`}>
            {t('urgent.text', [resource.lines[0]?.display ?? resource.textDigits])}
          </a>
        )}
        <a class="dial" href={resource.url} target="_blank" rel="noreferrer">
          {t('programs.pageOn', [resource.name[lang], siteName(resource.url)])}
        </a>
      </div>
      <BeforeYouCall programId={resource.id} />
      <p class="source-note">
        <a href={resource.sourceUrl} target="_blank" rel="noreferrer">
          {t('resources.source')}
        </a>{' '}
        {t('resources.reviewed', [reviewed])}
      </p>
    </article>
  );
}

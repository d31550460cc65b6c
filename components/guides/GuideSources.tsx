import type { ReviewedSource } from '../../lib/content/guide-sources';
import { t } from '../../lib/text/i18n';
import { useDayFormat } from '../ui/use-date-format';

/** Where a guide's wording comes from, one click away, with when it was last reviewed. */
export function GuideSources({ sources }: { sources: readonly ReviewedSource[] }) {
  const latest = sources
    .map((s) => s.reviewed)
    .sort()
    .at(-1);
  const day = useDayFormat();
  const reviewed = latest ? day(latest) : '';
  return (
    <details class="about">
      <summary>{t('help.sourcesHeading')}</summary>
      <p class="hint">{t('afterEvent.wording', [reviewed])}</p>
      <ul class="sources">
        {sources.map((source) => (
          <li key={source.id}>
            <a href={source.url} target="_blank" rel="noreferrer">
              {source.title}
            </a>{' '}
            ({source.publisher})
          </li>
        ))}
      </ul>
    </details>
  );
}

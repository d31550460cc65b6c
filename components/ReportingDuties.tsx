import { reportingSourcesFor } from '../lib/content/reporting-duties';
import { t } from '../lib/i18n';
import { useStore } from './StoreContext';

/** One line: duties to report an impaired colleague differ by place; the sources, no legal advice. */
export function ReportingDuties() {
  const { region, country, lang } = useStore();
  return (
    <p class="reporting">
      {t(country.value === 'US' ? 'urgentKinds.reportingUs' : 'urgentKinds.reportingCanada')}{' '}
      {reportingSourcesFor(region.value).map((source) => (
        <a key={source.url} class="source-link" href={source.url} target="_blank" rel="noreferrer">
          {source.name[lang]}
        </a>
      ))}
    </p>
  );
}

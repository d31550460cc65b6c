import { reportingSourcesFor } from '../../lib/content/reporting-duties';
import { t } from '../../lib/text/i18n';
import { useStore } from '../app/StoreContext';

/** One line: duties to report an impaired colleague differ by place; the sources, no legal advice. */
export function ReportingDuties() {
  const { region, country, lang } = useStore();
  return (
    <div class="reporting">
      {t(country.value === 'US' ? 'urgentKinds.reportingUs' : 'urgentKinds.reportingCanada')}{' '}
      {/* A list, laid out in the line: a screen reader reads each source as its own item. */}
      <ul class="reporting-sources">
        {reportingSourcesFor(region.value).map((source) => (
          <li key={source.url}>
            <a class="source-link" href={source.url} target="_blank" rel="noreferrer">
              {source.name[lang]}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

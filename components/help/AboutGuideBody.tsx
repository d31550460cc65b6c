import { HELP_SOURCES } from '../../lib/content/sources';
import { t } from '../../lib/text/i18n';

/** Says HELP's wording is this project's own, and lists the published guidance it draws on. */
export function AboutGuideBody() {
  return (
    <>
      <p>{t('help.aboutWording')}</p>
      <p>{t('help.aboutConfidentiality')}</p>
      <p>{t('help.aboutNotCrisis')}</p>
      <h3>{t('help.sourcesHeading')}</h3>
      <ul class="sources">
        {HELP_SOURCES.map((source) => (
          <li key={source.id}>
            <a href={source.url} target="_blank" rel="noreferrer">
              {source.title}
            </a>
            , {source.publisher}
          </li>
        ))}
      </ul>
    </>
  );
}

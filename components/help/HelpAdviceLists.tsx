import type { HelpAdvice } from '../../lib/content/help';
import type { Lang } from '../../lib/content/types';
import { t } from '../../lib/text/i18n';

/** A HELP step's three lists (what to do, what to say, what to avoid); an empty list is left out. */
export function HelpAdviceLists({ advice, lang }: { advice: HelpAdvice; lang: Lang }) {
  return (
    <>
      {advice.toDo.length > 0 && (
        <>
          <h4>{t('help.toDo')}</h4>
          <ul>
            {advice.toDo.map((item) => (
              <li key={item.en}>{item[lang]}</li>
            ))}
          </ul>
        </>
      )}
      {advice.phrases.length > 0 && (
        <>
          <h4>{t('help.phrases')}</h4>
          <ul class="phrases">
            {advice.phrases.map((item) => (
              <li key={item.en}>
                <q>{item[lang]}</q>
              </li>
            ))}
          </ul>
        </>
      )}
      {advice.avoid.length > 0 && (
        <>
          <h4>{t('help.avoid')}</h4>
          <ul class="avoid">
            {advice.avoid.map((item) => (
              <li key={item.en}>{item[lang]}</li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

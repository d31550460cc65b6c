import type { HelpAdvice } from '../../lib/content/help';
import type { Lang } from '../../lib/content/types';
import { t } from '../../lib/text/i18n';
import { TextList } from '../ui/TextList';

/** A HELP step's three lists (what to do, what to say, what to avoid); an empty list is left out. */
export function HelpAdviceLists({ advice, lang }: { advice: HelpAdvice; lang: Lang }) {
  return (
    <>
      <TextList heading={t('help.toDo')} items={advice.toDo} lang={lang} />
      <TextList heading={t('help.phrases')} items={advice.phrases} lang={lang} class="phrases" quoted />
      <TextList heading={t('help.avoid')} items={advice.avoid} lang={lang} class="avoid" />
    </>
  );
}

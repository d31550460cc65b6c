import type { RefObject } from 'preact';
import type { SignsMode } from '../../lib/content/indicators';
import { t } from '../../lib/text/i18n';
import { buildOpeningLine } from '../../lib/signs/opening-line';
import { physicianLinesFor } from '../../lib/resources/programs';
import { CrisisActions } from '../urgent/CrisisActions';
import { GuideLinks } from '../guides/GuideLinks';
import { HaltCheck } from './HaltCheck';
import { LinkActions } from '../ui/LinkActions';
import { ProgramContacts } from '../resources/ProgramContacts';
import { useStore } from '../app/StoreContext';

/** Ordinary signs are ticked: a short summary and what to do next. */
export function SignsNextSteps(props: {
  mode: SignsMode;
  count: number;
  /** The heading the checklist's "What to do next" buttons take focus to. */
  headingRef?: RefObject<HTMLHeadingElement>;
}) {
  const { mode, count } = props;
  const store = useStore();
  const lines = physicianLinesFor(store.region.value, store.settings.role.value);
  const startConversation = () =>
    store.startConversation(buildOpeningLine(store.signs.ticked.value, store.lang));
  return (
    <section class="next-steps" aria-labelledby="next-steps-heading">
      <h3 id="next-steps-heading" tabIndex={-1} ref={props.headingRef}>
        {t('signs.noticedCount', count)}
      </h3>
      {mode === 'colleague' ? (
        <>
          <p>{t('signs.colleagueNext')}</p>
          <button type="button" class="primary" onClick={startConversation}>
            {t('signs.startConversation')}
          </button>
          <LinkActions />
          <GuideLinks path="colleague" />
          <h4>{t('signs.adviceHeading')}</h4>
          <ProgramContacts programs={lines} />
        </>
      ) : (
        <>
          <p>{t('signs.myselfNext')}</p>
          <HaltCheck />
          <GuideLinks path="myself" />
          <button type="button" class="primary" onClick={store.calm.show}>
            {t('calm.open')}
          </button>
          <h4>{t('signs.whoToCall')}</h4>
          <ProgramContacts programs={lines} />
          <CrisisActions />
        </>
      )}
    </section>
  );
}

import { useLayoutEffect, useRef } from 'preact/hooks';
import { HELP_STEPS } from '../../lib/content/help';
import { HelpAdviceLists } from './HelpAdviceLists';
import { t } from '../../lib/text/i18n';
import { lazyView } from '../app/lazyView';
import { LinkActions } from '../ui/LinkActions';
import { useStore } from '../app/StoreContext';
import { focusAtTop } from '../ui/focus-moves';

const PlanReminder = lazyView(() => import('../reminders/PlanReminder').then((m) => m.PlanReminder));

/** One HELP step in full, with Back / Next. Focus moves to the step's heading when the step changes. */
export function HelpStepView() {
  const { help, lang } = useStore();
  const step = help.step.value;
  const article = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);
  const focusRequest = help.focusRequest.value;

  // When the step changes or the reader jumped here (not when the mode switch itself was pressed),
  // the step moves to the top of the window, where its core fits one popup screen, and its heading
  // takes focus. A layout effect: both happen in the same frame the step appears.
  useLayoutEffect(() => {
    const skip = firstRender.current && focusRequest === 0;
    firstRender.current = false;
    if (skip) return;
    if (heading.current) focusAtTop(heading.current, article.current ?? heading.current);
  }, [step.id, focusRequest]);

  return (
    <article class="step" aria-labelledby="step-title" ref={article}>
      <div class="step-core">
        <p class="step-count">
          {t('help.stepOf', [String(help.stepIndex.value + 1), String(HELP_STEPS.length)])}
        </p>
        <h3 id="step-title" ref={heading} tabIndex={-1}>
          <span class="letter" aria-hidden="true">
            {step.letter}
          </span>
          {step.title[lang]}
        </h3>
        <p class="summary">{step.summary[lang]}</p>
        {step.id === 'hello' && help.openingLine.value && (
          <div class="opening-line">
            <p>{t('help.openingLine')}</p>
            <blockquote>{help.openingLine.value}</blockquote>
          </div>
        )}
        <HelpAdviceLists advice={step} lang={lang} />
      </div>
      <details class="step-more" key={step.id}>
        <summary>{t('help.more')}</summary>
        <HelpAdviceLists advice={step.more} lang={lang} />
      </details>
      {step.id === 'link' && <LinkActions />}
      {step.id === 'plan' && <PlanReminder />}
      <div class="step-nav">
        <button type="button" onClick={help.back} disabled={help.isFirst.value}>
          {t('help.back')}
        </button>
        {help.isLast.value ? (
          <button key="overview" type="button" class="primary" onClick={() => help.showMode('overview')}>
            {t('help.backToOverview')}
          </button>
        ) : (
          <button key="next" type="button" class="primary" onClick={help.next}>
            {t('help.next')}
          </button>
        )}
      </div>
    </article>
  );
}

import { useLayoutEffect, useRef } from 'preact/hooks';
import { AFTER_EVENT_PATHS, AFTER_EVENT_SOURCES } from '../lib/content/difficult-event';
import { t } from '../lib/i18n';
import { DifficultEventTool } from './DifficultEventTools';
import { GuidedPath } from './GuidedPath';
import { GuideSources } from './GuideSources';
import { GuideUrgent } from './GuideUrgent';
import { useStore } from './StoreContext';

/** "After a difficult event": choose a colleague or myself, then a few short screens. */
export function DifficultEventView() {
  const { guides, lang } = useStore();
  const path = guides.path.value;
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => {
    if (path === null) heading.current?.focus();
  }, [path]);
  const screens = path ? AFTER_EVENT_PATHS[path] : [];
  return (
    <section class="guide" aria-labelledby="after-event-heading">
      <h2 id="after-event-heading" ref={heading} tabIndex={-1}>
        {t('afterEvent.heading')}
      </h2>
      <p class="hint">{t('afterEvent.notCrisis')}</p>
      <GuideUrgent mode={path ?? 'colleague'} />
      {path === null ? (
        <>
          <p>{t('afterEvent.intro')}</p>
          <div class="guide-choices">
            <button type="button" class="primary" onClick={() => guides.choosePath('colleague')}>
              {t('afterEvent.forColleague')}
            </button>
            <button type="button" class="primary" onClick={() => guides.choosePath('myself')}>
              {t('afterEvent.forMyself')}
            </button>
          </div>
        </>
      ) : (
        <GuidedPath
          screens={screens}
          index={guides.screen.value}
          onIndex={guides.goTo}
          lang={lang}
          tool={(screen) => {
            const tool = screens.find((s) => s.id === screen.id)?.tool;
            return tool && <DifficultEventTool tool={tool} />;
          }}
          onFinish={() => guides.choosePath(null)}
          finishLabel={t('afterEvent.startOver')}
        />
      )}
      <div class="form-actions">
        <button type="button" onClick={guides.close}>
          {t('afterEvent.close')}
        </button>
      </div>
      <GuideSources sources={AFTER_EVENT_SOURCES} />
    </section>
  );
}

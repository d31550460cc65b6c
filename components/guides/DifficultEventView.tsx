import { AFTER_EVENT_PATHS, AFTER_EVENT_SOURCES } from '../../lib/content/difficult-event';
import { t } from '../../lib/text/i18n';
import { DifficultEventTool } from './DifficultEventTools';
import { GuidedPath } from './GuidedPath';
import { GuideFrame } from './GuideFrame';
import { GuideUrgent } from './GuideUrgent';
import { useStore } from '../app/StoreContext';

/** "After a difficult event": choose a colleague or myself, then a few short screens. */
export function DifficultEventView() {
  const { guides, lang } = useStore();
  const path = guides.path.value;
  const screens = path ? AFTER_EVENT_PATHS[path] : [];
  return (
    <GuideFrame
      headingId="after-event-heading"
      title={t('afterEvent.heading')}
      focusHeading={path === null}
      sources={AFTER_EVENT_SOURCES}
    >
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
    </GuideFrame>
  );
}

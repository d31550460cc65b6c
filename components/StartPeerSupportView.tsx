import { useLayoutEffect, useRef } from 'preact/hooks';
import { PEER_SUPPORT_SECTIONS, PEER_SUPPORT_SOURCES } from '../lib/content/start-peer-support';
import { t } from '../lib/i18n';
import { GuidedPath } from './GuidedPath';
import { GuideSources } from './GuideSources';
import { PeerSupportHelpers } from './PeerSupportHelpers';
import { useStore } from './StoreContext';

export const HANDOUT_PAGE = '/print.html#peer-support-handout';

/** "Start peer support where you work": short screens, and a one-page handout to print. */
export function StartPeerSupportView() {
  const { guides, lang } = useStore();
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => heading.current?.focus(), []);
  return (
    <section class="guide" aria-labelledby="start-peer-support-heading">
      <h2 id="start-peer-support-heading" ref={heading} tabIndex={-1}>
        {t('startPeerSupport.heading')}
      </h2>
      <p class="hint">{t('startPeerSupport.intro')}</p>
      <p>
        <a class="dial" href={HANDOUT_PAGE} target="_blank" rel="noreferrer">
          {t('startPeerSupport.handout')}
        </a>
      </p>
      <GuidedPath
        screens={PEER_SUPPORT_SECTIONS}
        index={guides.screen.value}
        onIndex={guides.goTo}
        lang={lang}
        tool={(screen) =>
          PEER_SUPPORT_SECTIONS.find((s) => s.id === screen.id)?.helpers && <PeerSupportHelpers />
        }
        onFinish={() => guides.goTo(0)}
        finishLabel={t('afterEvent.startOver')}
      />
      <div class="form-actions">
        <button type="button" onClick={guides.close}>
          {t('afterEvent.close')}
        </button>
      </div>
      <GuideSources sources={PEER_SUPPORT_SOURCES} />
    </section>
  );
}

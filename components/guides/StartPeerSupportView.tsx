import { PEER_SUPPORT_SECTIONS, PEER_SUPPORT_SOURCES } from '../../lib/content/start-peer-support';
import { t } from '../../lib/text/i18n';
import { GuidedPath } from './GuidedPath';
import { GuideFrame } from './GuideFrame';
import { PeerSupportHelpers } from './PeerSupportHelpers';
import { useStore } from '../app/StoreContext';

export const HANDOUT_PAGE = '/print.html#peer-support-handout';

/** "Start peer support where you work": short screens, and a one-page handout to print. */
export function StartPeerSupportView() {
  const { guides, lang } = useStore();
  return (
    <GuideFrame
      headingId="start-peer-support-heading"
      title={t('startPeerSupport.heading')}
      focusHeading
      sources={PEER_SUPPORT_SOURCES}
    >
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
    </GuideFrame>
  );
}

import { PEER_SUPPORT_SECTIONS } from '../../lib/content/start-peer-support';
import { t } from '../../lib/text/i18n';
import { PeerSupportHelpers } from '../guides/PeerSupportHelpers';
import { useStore } from '../app/StoreContext';

/** The guide on one printed page, for a department meeting: same content as the screens. */
export function PeerSupportHandout() {
  const { lang } = useStore();
  return (
    <main class="print-view">
      <div class="print-controls">
        <p class="hint">{t('startPeerSupport.handoutIntro')}</p>
        <button type="button" class="primary" onClick={() => window.print()}>
          {t('pocketCard.print')}
        </button>
      </div>
      <article class="handout">
        <h1>{t('startPeerSupport.heading')}</h1>
        <div class="handout-columns">
          {PEER_SUPPORT_SECTIONS.map((section) => (
            <section key={section.id} class="handout-section" aria-labelledby={`handout-${section.id}`}>
              <h2 id={`handout-${section.id}`}>{section.title[lang]}</h2>
              <ul>
                {section.items.map((item) => (
                  <li key={item.en}>{item[lang]}</li>
                ))}
              </ul>
              {section.helpers && <PeerSupportHelpers printed />}
            </section>
          ))}
        </div>
        <p class="handout-foot">{t('startPeerSupport.handoutFoot')}</p>
      </article>
    </main>
  );
}

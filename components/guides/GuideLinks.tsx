import './guides.css';
import type { AfterEventPathId } from '../../lib/content/difficult-event';
import { t } from '../../lib/text/i18n';
import { useStore } from '../app/StoreContext';

/** Printable views open in a tab of their own: popups and side panels cannot print reliably. */
const PRINT_PAGE = '/print.html';

/**
 * The ways into the guides: from HELP and Reach all of them; from Signs' next steps (which passes the
 * path that fits what was ticked) only the after-event path.
 */
export function GuideLinks({ path = null }: { path?: AfterEventPathId | null }) {
  const { guides } = useStore();
  return (
    <div class="guide-links">
      <button type="button" onClick={() => guides.show('after-event', path)}>
        {t('afterEvent.open')}
      </button>
      {path === null && (
        <button type="button" onClick={() => guides.show('start-peer-support')}>
          {t('startPeerSupport.open')}
        </button>
      )}
      {path === null && (
        <a class="dial" href={`${PRINT_PAGE}#pocket-card`} target="_blank" rel="noreferrer">
          {t('pocketCard.open')}
        </a>
      )}
    </div>
  );
}

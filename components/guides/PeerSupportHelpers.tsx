import './guides.css';
import { PEER_SUPPORT_HELPERS } from '../../lib/content/start-peer-support';
import { t } from '../../lib/text/i18n';
import { useStore } from '../app/StoreContext';

/** Who helps start peer support in Canada: what each does, its page, and its number if verified. */
export function PeerSupportHelpers({ printed = false }: { printed?: boolean }) {
  const { lang } = useStore();
  return (
    <ul class="helpers">
      {PEER_SUPPORT_HELPERS.map((helper) => (
        <li key={helper.id}>
          <strong>{helper.name[lang]}</strong> {helper.what[lang]}
          {printed ? (
            // On paper a link cannot be clicked: print where to go.
            <span class="print-url">
              {' '}
              {helper.line ? `${helper.line.display} · ` : ''}
              {helper.url.replace(/^https?:\/\//, '')}
            </span>
          ) : (
            <span class="dial-row">
              {helper.line && (
                <a class="dial" href={`tel:${helper.line.digits}`}>
                  {t('startPeerSupport.call', [helper.line.display])}
                </a>
              )}
              {/* A short visible label keeps the row on one line; the name says whose page it is. */}
              <a
                class="dial"
                href={helper.url}
                target="_blank"
                rel="noreferrer"
                aria-label={t('programs.website', [helper.name[lang]])}
              >
                {t('startPeerSupport.website')}
              </a>
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}

import './before-you-call.css';
import { useState } from 'preact/hooks';
import { t } from '../../lib/text/i18n';
import { useLoaded } from './useLoaded';
import { useStore } from '../app/StoreContext';

/**
 * "What your licence form asks", one click away from Reach, Resources and the myself urgent block:
 * closed, one line; open, the region's regulator (another can be chosen). Loads when first opened.
 */
export function LicenceFormDisclosure() {
  const { region } = useStore();
  const [open, setOpen] = useState(false);
  const view = useLoaded(() => import('./LicenceFormView'), open);
  return (
    <details class="licence-form" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('licenceForm.summary')}</summary>
      {open &&
        (view ? (
          // A new region (from the side panel's settings, say) starts the view on its own regulator.
          <view.LicenceFormView key={region.value} />
        ) : (
          <p class="hint" role="status">
            {t('beforeYouCall.loading')}
          </p>
        ))}
    </details>
  );
}

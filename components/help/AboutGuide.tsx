import { useState } from 'preact/hooks';
import { t } from '../../lib/text/i18n';
import { lazyView } from '../app/lazyView';

// The source list loads when the reader opens "About this guide", not with the popup.
const AboutGuideBody = lazyView(() => import('./AboutGuideBody').then((m) => m.AboutGuideBody));

export function AboutGuide() {
  const [open, setOpen] = useState(false);
  return (
    <details class="about" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('help.aboutTitle')}</summary>
      {open && <AboutGuideBody />}
    </details>
  );
}

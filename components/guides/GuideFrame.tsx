import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { ReviewedSource } from '../../lib/content/guide-sources';
import { t } from '../../lib/text/i18n';
import { GuideSources } from './GuideSources';
import { useStore } from '../app/StoreContext';

interface Props {
  /** The heading's id, which names the section for screen readers. */
  headingId: string;
  title: string;
  /** Focus goes to the heading when the guide opens, and again each time this turns true. */
  focusHeading: boolean;
  sources: readonly ReviewedSource[];
  children: ComponentChildren;
}

/** What every guide shares: its heading, the way back out, and where its wording comes from. */
export function GuideFrame({ headingId, title, focusHeading, sources, children }: Props) {
  const { guides } = useStore();
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => {
    if (focusHeading) heading.current?.focus();
  }, [focusHeading]);
  return (
    <section class="guide" aria-labelledby={headingId}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        {title}
      </h2>
      {children}
      <div class="form-actions">
        <button type="button" onClick={guides.close}>
          {t('afterEvent.close')}
        </button>
      </div>
      <GuideSources sources={sources} />
    </section>
  );
}

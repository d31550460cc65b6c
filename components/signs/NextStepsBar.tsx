import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../lib/text/i18n';

/**
 * Ordinary signs are ticked and what to do next is drawn below the whole checklist, often a screen or
 * more down: this bar stays at the bottom of the window and takes the reader there. Its own place is
 * just above those next steps, where it comes to rest as the reader scrolls down to them.
 */
export function NextStepsBar({ count, target }: { count: number; target: RefObject<HTMLElement> }) {
  const bar = useRef<HTMLDivElement>(null);
  // A sign reached by keyboard (Tab scrolls just enough to show its box) is scrolled on until its
  // whole label is clear of the bar: a label of two or three lines reaches below its box.
  useEffect(() => {
    const element = bar.current;
    if (!element) return;
    const keepClear = (event: FocusEvent) => {
      const focused = event.target;
      if (!(focused instanceof HTMLElement) || element.contains(focused)) return;
      const under = (focused.closest('label') ?? focused).getBoundingClientRect().bottom;
      const over = under - element.getBoundingClientRect().top;
      if (over > 0) window.scrollBy({ top: over + 4, behavior: 'instant' });
    };
    document.addEventListener('focusin', keepClear);
    return () => document.removeEventListener('focusin', keepClear);
  }, []);
  const go = () => {
    const heading = target.current;
    if (!heading) return;
    heading.focus({ preventScroll: true });
    heading.scrollIntoView({ block: 'start' });
  };
  return (
    <div ref={bar} class="next-steps-bar">
      <button type="button" class="primary" onClick={go}>
        {t('signs.nextStepsBar', count)}
      </button>
    </div>
  );
}

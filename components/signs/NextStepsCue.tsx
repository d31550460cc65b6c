import type { RefObject } from 'preact';
import { t } from '../../lib/text/i18n';
import { focusAtTop } from '../ui/focus-moves';

/**
 * What to do next is drawn below the whole checklist, often a screen or more down. This button, at
 * the foot of each group of ordinary signs, says so once one is ticked, and takes the reader there.
 * Its place is kept, unseen, before the first tick: it then appears without moving the signs below
 * it. In the flow of the page: a bar fixed to the window would cover the signs scrolled under it.
 */
export function NextStepsCue(props: { count: number; target: RefObject<HTMLElement> }) {
  const { count, target } = props;
  const go = () => target.current && focusAtTop(target.current);
  const waiting = count === 0;
  // Waiting: unseen (CSS visibility, its height kept), out of the tab order and of what is read.
  return (
    <button
      type="button"
      class={waiting ? 'next-steps-cue next-steps-cue--waiting' : 'next-steps-cue'}
      aria-hidden={waiting || undefined}
      tabIndex={waiting ? -1 : undefined}
      onClick={go}
    >
      {t('signs.nextStepsCue', Math.max(count, 1))}
    </button>
  );
}

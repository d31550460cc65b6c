import { useCallback, useRef } from 'preact/hooks';

/**
 * Pass as the ref of a form that opens in place of the button that opened it: the button is gone,
 * and focus would fall to the page, so it goes to the form's first field.
 */
export function focusFirstField(form: HTMLElement | null) {
  const first = form?.querySelector<HTMLInputElement>('input:not([type="hidden"]), select, textarea');
  // In a group of radio buttons, the one chosen: as the keyboard enters the group.
  const chosen =
    first?.type === 'radio' ? form?.querySelector<HTMLElement>(`input[name="${first.name}"]:checked`) : null;
  (chosen ?? first)?.focus();
}

/**
 * The way back: when that form closes (Cancel, Save), focus returns to the button that opened it,
 * which comes back with the form's closing. `ref` goes on the button; call `returnFocus` as it closes.
 */
export function useReturnFocus<T extends HTMLElement>() {
  const pending = useRef(false);
  const ref = useCallback((button: T | null) => {
    if (!button || !pending.current) return;
    pending.current = false;
    button.focus();
  }, []);
  const returnFocus = useCallback(() => {
    pending.current = true;
  }, []);
  return { ref, returnFocus };
}

/**
 * Takes focus to a heading and brings `top` (the heading, or the block it heads) to the top of the
 * window: the focus without a scroll of its own, so that the two do not fight over where it lands.
 */
export function focusAtTop(heading: HTMLElement, top: Element = heading) {
  heading.focus({ preventScroll: true });
  top.scrollIntoView({ block: 'start' });
}

import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Lang, Localized } from '../../lib/content/types';
import { t } from '../../lib/text/i18n';
import { TextList } from '../ui/TextList';

/** What one screen of a guided path shows; the content files give these in both languages. */
export interface GuidedScreen {
  id: string;
  title: Localized;
  items: readonly Localized[];
  avoid?: readonly Localized[];
}

interface Props {
  screens: readonly GuidedScreen[];
  index: number;
  onIndex: (next: number) => void;
  lang: Lang;
  /** What the screen carries besides its text (a message to send, phone lines, a button). */
  tool?: (screen: GuidedScreen) => ComponentChildren;
  /** Shown on the last screen in place of Next. */
  onFinish: () => void;
  finishLabel: string;
}

/**
 * One short screen at a time with Back / Next: the shape shared by the after-event paths. Focus
 * moves to the screen's heading when the screen changes, so a screen reader reads it from the top.
 */
export function GuidedPath({ screens, index, onIndex, lang, tool, onFinish, finishLabel }: Props) {
  const screen = screens[Math.min(index, screens.length - 1)]!;
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => heading.current?.focus(), [screen.id]);
  const last = index >= screens.length - 1;
  return (
    <article class="step guided-screen" aria-labelledby={`screen-${screen.id}`}>
      <p class="step-count">{t('help.stepOf', [String(index + 1), String(screens.length)])}</p>
      <h3 id={`screen-${screen.id}`} ref={heading} tabIndex={-1}>
        {screen.title[lang]}
      </h3>
      <TextList items={screen.items} lang={lang} />
      <TextList heading={t('help.avoid')} items={screen.avoid} lang={lang} class="avoid" />
      {tool?.(screen)}
      <div class="step-nav">
        <button type="button" onClick={() => onIndex(index - 1)} disabled={index === 0}>
          {t('help.back')}
        </button>
        {last ? (
          <button key="finish" type="button" class="primary" onClick={onFinish}>
            {finishLabel}
          </button>
        ) : (
          <button key="next" type="button" class="primary" onClick={() => onIndex(index + 1)}>
            {t('help.next')}
          </button>
        )}
      </div>
    </article>
  );
}

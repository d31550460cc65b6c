import { DURATION_CHOICES } from '../../lib/calm/breathing';
import { t } from '../../lib/text/i18n';
import type { PacerStore } from '../../lib/calm/pacer-store';

const PHASE_LABEL = {
  in: 'calm.phaseIn',
  holdIn: 'calm.phaseHold',
  out: 'calm.phaseOut',
  holdOut: 'calm.phaseHold',
} as const;

/**
 * Box breathing with a visual pacer. With reduced motion the shape is hidden (CSS) and only the
 * text countdown remains. Screen readers hear each phase change, not every second.
 */
export function BreathingPacer({ pacer }: { pacer: PacerStore }) {
  const state = pacer.state.value;
  const running = pacer.running.value;
  const started = pacer.elapsedMs.value > 0;
  const phaseText = state.done ? t('calm.done') : t(PHASE_LABEL[state.phase]);
  const minutesLeft = Math.floor(state.totalSecondsLeft / 60);
  const secondsLeft = String(state.totalSecondsLeft % 60).padStart(2, '0');
  return (
    <div class="pacer">
      <h3>{t('calm.breathingHeading')}</h3>
      <p>{t('calm.breathingHow')}</p>
      <div class="pacer-controls">
        <label for="pacer-minutes">{t('calm.duration')}</label>
        <select
          id="pacer-minutes"
          value={String(pacer.minutes.value)}
          onChange={(event) => pacer.setMinutes(Number(event.currentTarget.value))}
        >
          {DURATION_CHOICES.map((m) => (
            <option key={m} value={m}>
              {t('calm.minutes', m)}
            </option>
          ))}
        </select>
        {running ? (
          <button type="button" onClick={pacer.pause}>
            {t('calm.pause')}
          </button>
        ) : (
          <button type="button" class="primary" onClick={pacer.start}>
            {started && !state.done ? t('calm.resume') : t('calm.start')}
          </button>
        )}
      </div>
      {(started || running) && (
        <div class="pacer-display">
          <div class={`pacer-shape pacer-shape--${state.done ? 'done' : state.phase}`} aria-hidden="true" />
          <p class="pacer-phase" aria-live="polite">
            {phaseText}
          </p>
          <p class="pacer-count" aria-hidden="true">
            {state.done ? '' : state.secondsLeft}
          </p>
          <p class="hint" aria-hidden="true">
            {t('calm.timeLeft', [`${minutesLeft}:${secondsLeft}`])}
          </p>
        </div>
      )}
    </div>
  );
}

import type { ComponentChildren } from 'preact';

/** What Field hands its control: spread it first onto the input, select or textarea. */
export interface FieldControl {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

interface Props {
  /** The control's id; the label points at it, the error is `${id}-error`. */
  id: string;
  label: ComponentChildren;
  /** Help under the control (above it with hintFirst), read out with it. */
  hint?: ComponentChildren;
  /** The hint's id, `${id}-hint` unless older markup gave it another. */
  hintId?: string;
  hintFirst?: boolean;
  /** Shown under the control and hint; the control is then invalid and described by it. */
  error?: ComponentChildren;
  /** Ids of other text that describes the control, outside the field (a strength meter, an alert). */
  describedBy?: string;
  /** Invalid though the message is elsewhere (see describedBy). */
  invalid?: boolean;
  /** Label beside the control (field--inline). */
  inline?: boolean;
  children: (control: FieldControl) => ComponentChildren;
}

/**
 * A labelled form field: the wrapper, the label tied to the control, an optional hint and error with
 * their ids. The control itself is the caller's, through a render prop: inputs, selects and textareas
 * each keep their own attributes (autocomplete="off", spellcheck, type, onInput...), which matter for
 * privacy, and nothing is cloned or guessed. Field only gives the control its id, aria-describedby
 * (hint, error, then describedBy) and aria-invalid, so those can no longer drift apart from the text.
 */
export function Field({
  id,
  label,
  hint,
  hintId = `${id}-hint`,
  hintFirst,
  error,
  describedBy,
  invalid,
  inline,
  children,
}: Props) {
  const errorId = `${id}-error`;
  const describedByIds = [hint ? hintId : '', error ? errorId : '', describedBy ?? '']
    .filter(Boolean)
    .join(' ');
  const hintText = hint ? (
    <p id={hintId} class="hint">
      {hint}
    </p>
  ) : null;
  return (
    <div class={inline ? 'field field--inline' : 'field'}>
      <label for={id}>{label}</label>
      {hintFirst && hintText}
      {children({
        id,
        'aria-describedby': describedByIds || undefined,
        'aria-invalid': error || invalid ? true : undefined,
      })}
      {!hintFirst && hintText}
      {error ? (
        <p id={errorId} class="error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

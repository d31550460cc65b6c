interface Props<T extends string> {
  /** What the group chooses, read by screen readers with the pressed button. */
  label: string;
  options: readonly { value: T; label: string }[];
  selected: T;
  onSelect: (value: T) => void;
}

/**
 * A row of buttons of which one is pressed (overview or step by step, a colleague or myself): each
 * is a real button with aria-pressed, so it works by keyboard and says which one is on.
 */
export function ToggleButtons<T extends string>({ label, options, selected, onSelect }: Props<T>) {
  return (
    <div class="segmented" role="group" aria-label={label}>
      {options.map((option) => (
        <button
          key={option.value}
          type="button"
          aria-pressed={selected === option.value}
          onClick={() => onSelect(option.value)}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}

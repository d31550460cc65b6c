import type { ComponentChildren } from 'preact';

interface Props {
  /** The id of the area the button opens, for aria-controls. */
  id: string;
  label: string;
  open: boolean;
  onToggle: () => void;
  children: ComponentChildren;
}

/** The one-click way to urgent help, the same in HELP and in every guide: a button and what it opens. */
export function UrgentToggle({ id, label, open, onToggle, children }: Props) {
  return (
    <div class="urgent">
      <button type="button" class="urgent-toggle" aria-expanded={open} aria-controls={id} onClick={onToggle}>
        {label}
      </button>
      <div id={id}>{open && children}</div>
    </div>
  );
}

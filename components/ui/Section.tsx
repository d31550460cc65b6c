import type { ComponentChildren } from 'preact';

/** One titled part of a full page (Settings, the welcome page), named by its heading for screen readers. */
export function Section({
  id,
  heading,
  children,
}: {
  id: string;
  heading: string;
  children: ComponentChildren;
}) {
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{heading}</h2>
      {children}
    </section>
  );
}

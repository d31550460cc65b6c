import type { Lang, Localized } from '../../lib/content/types';

interface Props {
  items: readonly Localized[] | undefined;
  lang: Lang;
  /** A small heading above the list (what to do, what to avoid…). */
  heading?: string;
  class?: string;
  /** Each item is something to say: shown in the language's quotation marks. */
  quoted?: boolean;
}

/** A list of bilingual content lines in the page's language; nothing at all when there are none. */
export function TextList({ items, lang, heading, class: className, quoted }: Props) {
  if (!items?.length) return null;
  return (
    <>
      {heading && <h4>{heading}</h4>}
      <ul class={className}>
        {items.map((item) => (
          <li key={item.en}>{quoted ? <q>{item[lang]}</q> : item[lang]}</li>
        ))}
      </ul>
    </>
  );
}

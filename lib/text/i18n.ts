import { i18n } from '#i18n';

/**
 * UI strings come from locales/*.yml. By default through @wxt-dev/i18n (browser.i18n underneath):
 * they follow the browser's language, translate the manifest too, and keys are type-checked. When a
 * user or an institution chose the other language, the page hands its table to `setMessages` before
 * the first render, and every string comes from that table instead, with the same rules.
 */
let chosen: Readonly<Record<string, string>> | null = null;

/** Serve every string from this language's table from now on (null: the browser's language again). */
export function setMessages(messages: Readonly<Record<string, string>> | null) {
  chosen = messages;
}

type Translate = typeof i18n.t;

export const t: Translate = ((key: string, ...args: unknown[]) =>
  chosen
    ? fromTable(chosen, key, args)
    : (i18n.t as (key: string, ...args: unknown[]) => string)(key, ...args)) as Translate;

/** browser.i18n's rules: `$1`… take the substitutions, `$$` is a dollar sign, "one | many" plurals. */
function fromTable(table: Readonly<Record<string, string>>, key: string, args: unknown[]): string {
  const count = args.find((arg): arg is number => typeof arg === 'number');
  const subs =
    (args.find((arg) => Array.isArray(arg)) as unknown[] | undefined) ?? (count === undefined ? [] : [count]);
  const message = (table[key.replaceAll('.', '_')] ?? '').replace(/\$(\$|[1-9])/g, (_, which: string) =>
    which === '$' ? '$' : String(subs[Number(which) - 1] ?? ''),
  );
  if (count === undefined) return message;
  const forms = message.split(' | ');
  if (forms.length === 2) return forms[count === 1 ? 0 : 1]!;
  if (forms.length === 3) return forms[count === 0 || count === 1 ? count : 2]!;
  return forms[0]!;
}

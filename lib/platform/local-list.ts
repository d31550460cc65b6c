import { localItem, type LocalItem } from './local-item';

/**
 * A list in storage.local (contacts, check-ins, reminders), read through its parser, which leaves
 * out an entry that no longer validates (damaged, or written by a newer version). Such an entry is
 * not shown, but it is written back as it was at every save: an edit to the rest of the list never
 * deletes it.
 */
export function localList<T>(key: string, parse: (raw: unknown) => T[]): LocalItem<T[]> {
  const stored = localItem<unknown>(key, (raw) => raw);
  const unread = (raw: unknown) =>
    Array.isArray(raw) ? raw.filter((entry: unknown) => parse([entry]).length === 0) : [];
  return {
    load: async () => parse(await stored.load()),
    async save(value) {
      await stored.update((raw) => [...value, ...unread(raw)]);
    },
    update: async (change) => parse(await stored.update((raw) => [...change(parse(raw)), ...unread(raw)])),
    watch: (onChange) => stored.watch((raw) => onChange(parse(raw))),
  };
}

import { browser } from 'wxt/browser';

type StorageArea = 'local' | 'session' | 'managed';

/**
 * Calls back when `key` changes in `area` (any key when null), whichever page or the background
 * changed it. Returns the function that stops listening.
 */
export function onStorageChange(
  area: StorageArea,
  key: string | null,
  onChange: (newValue: unknown) => void,
): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, changedArea: string) => {
    if (changedArea !== area) return;
    if (key === null) onChange(undefined);
    else if (key in changes) onChange(changes[key]?.newValue);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

import { useEffect, useState } from 'preact/hooks';

/**
 * Loads a module the first time `when` is true (a disclosure opened), so the facts and their view
 * stay out of the chunk that shows the card. Null until loaded; a failed load is tried again at the
 * next open.
 */
export function useLoaded<T>(load: () => Promise<T>, when: boolean): T | null {
  const [loaded, setLoaded] = useState<T | null>(null);
  useEffect(() => {
    if (!when || loaded) return;
    let live = true;
    load().then(
      (value) => live && setLoaded(() => value),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [when]);
  return loaded;
}

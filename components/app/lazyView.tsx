import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../lib/text/i18n';

/**
 * A view whose code loads the first time it is shown, so the popup opens with only what its first
 * screen needs. Loading is from the extension's own files: a few milliseconds.
 */
export function lazyView(load: () => Promise<ComponentType>): ComponentType {
  let loaded: ComponentType | null = null;
  return function LazyView() {
    const [View, setView] = useState<ComponentType | null>(() => loaded);
    useEffect(() => {
      if (View) return;
      void load().then((component) => {
        loaded = component;
        setView(() => component);
      });
    }, [View]);
    return View ? (
      <View />
    ) : (
      <p class="hint" role="status">
        {t('app.loading')}
      </p>
    );
  };
}

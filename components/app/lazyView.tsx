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
    /** Counts attempts: a failed import (an update replaced the files, say) is tried again on request. */
    const [attempt, setAttempt] = useState(0);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (View) return;
      setFailed(false);
      load().then(
        (component) => {
          loaded = component;
          setView(() => component);
        },
        () => setFailed(true),
      );
    }, [View, attempt]);
    if (View) return <View />;
    return failed ? (
      <div role="alert">
        <p>{t('app.loadFailed')}</p>
        <button type="button" onClick={() => setAttempt((n) => n + 1)}>
          {t('app.loadAgain')}
        </button>
      </div>
    ) : (
      <p class="hint" role="status">
        {t('app.loading')}
      </p>
    );
  };
}

import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '../../lib/content/types';
import { t } from '../../lib/text/i18n';
import { PocketCard } from './PocketCard';
import { useStore } from '../app/StoreContext';

/** "Print a pocket card": choose the card's language and whether the buddy is on it, then print. */
export function PocketCardPage() {
  const store = useStore();
  useEffect(() => void store.people.ensure().catch(() => undefined), [store]);
  const [lang, setLang] = useState<Lang>(store.lang);
  // Nothing here is stored: the choice lives as long as this page.
  const [withBuddy, setWithBuddy] = useState(false);
  const buddy = store.contacts.value.find((c) => c.isBuddy && (c.phone ?? c.text));
  return (
    <main class="print-view">
      <div class="print-controls">
        <h1>{t('pocketCard.heading')}</h1>
        <p class="hint">{t('pocketCard.intro')}</p>
        <fieldset>
          <legend>{t('pocketCard.language')}</legend>
          {(['en', 'fr'] as const).map((option) => (
            <label key={option} class="check">
              <input
                type="radio"
                name="card-lang"
                checked={lang === option}
                onChange={() => setLang(option)}
              />
              <span>{t(option === 'en' ? 'pocketCard.english' : 'pocketCard.french')}</span>
            </label>
          ))}
        </fieldset>
        <label class="check">
          <input
            type="checkbox"
            checked={withBuddy && Boolean(buddy)}
            disabled={!buddy}
            aria-describedby="card-buddy-hint"
            onChange={(e) => setWithBuddy(e.currentTarget.checked)}
          />
          <span>{t('pocketCard.includeBuddy')}</span>
        </label>
        <p id="card-buddy-hint" class="hint">
          {/* Contacts that could not be read: not "mark someone as your buddy". */}
          {store.people.status.value === 'failed'
            ? t('app.loadFailed')
            : buddy
              ? t('pocketCard.buddyHint', [buddy.name])
              : t('pocketCard.noBuddy')}
        </p>
        <button type="button" class="primary" onClick={() => window.print()}>
          {t('pocketCard.print')}
        </button>
        <p class="hint">{t('pocketCard.printHint')}</p>
      </div>
      <PocketCard lang={lang} region={store.region.value} buddy={withBuddy ? buddy : undefined} />
    </main>
  );
}

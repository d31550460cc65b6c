import { useEffect, useRef, useState } from 'preact/hooks';
import { KIND_NAMES } from '../../lib/content/resource-kind-names';
import { RESOURCE_KINDS, type ResourceKind } from '../../lib/content/resource-kinds';
import { RESOURCES } from '../../lib/content/resources';
import { t } from '../../lib/text/i18n';
import { Field } from '../ui/Field';
import { NotCrisisService } from '../ui/NotCrisisService';
import { coversAllRegions, searchExtras, searchResources } from '../../lib/resources/resource-search';
import { ExtraResourceCard } from './ExtraResourceCard';
import { RegionNote } from '../region/RegionNote';
import { ResourceCard } from './ResourceCard';
import { useStore } from '../app/StoreContext';
import { LicenceFormDisclosure } from '../before-you-call/LicenceFormDisclosure';
import { NotLegalAdvice } from '../before-you-call/NotLegalAdvice';

/** The directory: search as you type (English and French, accents ignored), filter by kind. */
export function ResourcesTab() {
  const store = useStore();
  const { lang } = store;
  const [text, setText] = useState('');
  const [kind, setKind] = useState<ResourceKind | 'all'>('all');
  const [allRegions, setAllRegions] = useState(false);
  const results = searchResources(RESOURCES, { text, kind, region: store.region.value, allRegions });
  const extras = searchExtras(store.policy.value?.extraResources ?? [], { text, kind });
  const searchField = useRef<HTMLInputElement>(null);
  // Back to the whole list: the kind too, since a kind chosen may be why nothing matched.
  const clearSearch = () => {
    setText('');
    setKind('all');
    searchField.current?.focus();
  };
  const status = useRef<HTMLParagraphElement>(null);
  const clearButton = useRef<HTMLButtonElement>(null);
  const found = results.length + extras.length;
  const noMatch = found === 0 && text.trim() !== '';
  // While typing, what the search found is brought just into the window (the field often sits at
  // its bottom edge in a small popup): the count, or what to try instead and the way back.
  useEffect(() => {
    if (text.trim() === '') return;
    (clearButton.current ?? status.current)?.scrollIntoView({ block: 'nearest' });
  }, [text, noMatch]);
  return (
    <section class="resources" aria-labelledby="resources-heading">
      <h2 id="resources-heading">{t('resources.heading')}</h2>
      <NotCrisisService />
      <LicenceFormDisclosure />
      <NotLegalAdvice />
      <Field id="resource-search" label={t('resources.search')}>
        {(control) => (
          <input
            {...control}
            ref={searchField}
            type="search"
            autocomplete="off"
            value={text}
            placeholder={t('resources.searchHint')}
            onInput={(e) => setText(e.currentTarget.value)}
          />
        )}
      </Field>
      {/* Right under the field, where the eye is while typing. A search that finds nothing is not
          a dead end: what to type instead (inside the status, so read out once, as the search
          first finds nothing), and the way back. */}
      <p ref={status} role="status" class="hint">
        <span>{t('resources.count', found)}</span>
        {noMatch && <span> {t('resources.noMatchHint')}</span>}
      </p>
      {noMatch && (
        <button ref={clearButton} type="button" class="clear-search" onClick={clearSearch}>
          {t('resources.clearSearch')}
        </button>
      )}
      <div class="filters">
        <Field id="resource-kind" label={t('resources.kind')} inline>
          {(control) => (
            <select
              {...control}
              value={kind}
              onChange={(e) => setKind(e.currentTarget.value as ResourceKind | 'all')}
            >
              <option value="all">{t('resources.allKinds')}</option>
              {RESOURCE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {KIND_NAMES[k][lang]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <label class="check">
          {/* A query always searches every region, so the box only matters while browsing. */}
          <input
            type="checkbox"
            checked={coversAllRegions({ text, allRegions })}
            disabled={text.trim() !== ''}
            aria-describedby="resource-regions-hint"
            onChange={(e) => setAllRegions(e.currentTarget.checked)}
          />
          <span>{t('resources.allRegions')}</span>
        </label>
      </div>
      <p id="resource-regions-hint" class="hint">
        {t('resources.searchEverywhere')}
      </p>
      <RegionNote />
      {extras.length > 0 && (
        <>
          <h3>
            {store.policy.value?.institutionName
              ? t('resources.fromInstitution', [store.policy.value.institutionName])
              : t('resources.fromYourInstitution')}
          </h3>
          {extras.map((extra) => (
            <ExtraResourceCard key={extra.name} resource={extra} />
          ))}
        </>
      )}
      {results.map((resource) => (
        <ResourceCard key={resource.id} resource={resource} />
      ))}
    </section>
  );
}

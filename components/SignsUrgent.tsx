import { useEffect, useRef } from 'preact/hooks';
import type { SignsMode } from '../lib/content/indicators';
import { t } from '../lib/i18n';
import { programsFor, twentyFourSevenPrograms } from '../lib/programs';
import { CrisisActions } from './CrisisActions';
import { ProgramContacts } from './ProgramContacts';
import { RegionNote } from './RegionNote';
import { useStore } from './StoreContext';
import { UrgentSteps } from './UrgentSteps';

/** A red flag is ticked: what to do now, above the list, announced at once. */
export function SignsUrgent({ mode }: { mode: SignsMode }) {
  const { region, country } = useStore();
  const crisis = country.value === 'US' ? '988' : '9-8-8';
  const block = useRef<HTMLDivElement>(null);
  // Red flags are at the end of a long list: bring the block into the window, wherever the page was.
  useEffect(() => block.current?.scrollIntoView({ block: 'start' }), []);
  return (
    <div role="alert" class="urgent-block" ref={block}>
      {mode === 'colleague' ? (
        <>
          <h3>{t('signs.urgentColleague')}</h3>
          <UrgentSteps />
          <CrisisActions />
          <h4>{t('signs.programHeading')}</h4>
          <ProgramContacts programs={programsFor(region.value)} />
        </>
      ) : (
        <>
          <h3>{t('signs.urgentMyself', [crisis])}</h3>
          <p>{t('signs.urgentMyselfBody')}</p>
          <CrisisActions />
          {twentyFourSevenPrograms(region.value).length > 0 && (
            <>
              <h4>{t('signs.physicianLine')}</h4>
              <ProgramContacts programs={twentyFourSevenPrograms(region.value)} />
            </>
          )}
        </>
      )}
      <RegionNote />
    </div>
  );
}

import { RESOURCES } from '../../lib/content/resources';
import { t } from '../../lib/text/i18n';
import { NotCrisisService } from '../ui/NotCrisisService';
import { servesRegion } from '../../lib/resources/resource-search';
import { BuddyCheckIns } from '../check-ins/BuddyCheckIns';
import { ContactList } from './ContactList';
import { GuideLinks } from '../guides/GuideLinks';
import { ResourceCard } from '../resources/ResourceCard';
import { RegionNote } from '../region/RegionNote';
import { useStore } from '../app/StoreContext';
import { LicenceFormDisclosure } from '../before-you-call/LicenceFormDisclosure';
import { NotLegalAdvice } from '../before-you-call/NotLegalAdvice';

/** "Reach a peer": the user's own people, then the region's peer-support programs. */
export function ReachTab() {
  const { region } = useStore();
  const programs = RESOURCES.filter(
    (r) => (r.kind === 'peer-support' || r.onReach) && servesRegion(r, region.value),
  );
  return (
    <section class="reach" aria-labelledby="reach-heading">
      <h2 id="reach-heading">{t('reach.heading')}</h2>
      <p class="hint">{t('reach.intro')}</p>
      <NotCrisisService />
      <GuideLinks />
      <h3>{t('reach.myPeople')}</h3>
      <ContactList />
      <BuddyCheckIns />
      <h3>{t('reach.programs')}</h3>
      {programs.map((resource) => (
        <ResourceCard key={resource.id} resource={resource} />
      ))}
      <LicenceFormDisclosure />
      <NotLegalAdvice />
      <RegionNote />
    </section>
  );
}

import { RESOURCES } from '../lib/content/resources';
import { t } from '../lib/i18n';
import { NotCrisisService } from './NotCrisisService';
import { servesRegion } from '../lib/resource-search';
import { BuddyCheckIns } from './BuddyCheckIns';
import { ContactList } from './ContactList';
import { GuideLinks } from './GuideLinks';
import { ResourceCard } from './ResourceCard';
import { RegionNote } from './RegionNote';
import { useStore } from './StoreContext';

/** "Reach a peer": the user's own people, then the region's peer-support programs. */
export function ReachTab() {
  const { region } = useStore();
  const programs = RESOURCES.filter((r) => r.kind === 'peer-support' && servesRegion(r, region.value));
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
      <RegionNote />
    </section>
  );
}

import { t } from '../../lib/text/i18n';
import { AboutGuide } from './AboutGuide';
import { GuideLinks } from '../guides/GuideLinks';
import { HelpOverview } from './HelpOverview';
import { HelpStepView } from './HelpStepView';
import { useStore } from '../app/StoreContext';
import { UrgentHelp } from '../urgent/UrgentHelp';

export function HelpGuide() {
  const { help } = useStore();
  const mode = help.mode.value;
  return (
    <section class="help" aria-labelledby="help-heading">
      {/* elementtiming lets the benchmark read when this heading is actually painted. */}
      <h2 id="help-heading" elementtiming="help-heading">
        {t('help.heading')}
      </h2>
      <p class="intro">{t('help.intro')}</p>
      <UrgentHelp />
      <GuideLinks />
      <div class="segmented" role="group" aria-label={t('help.viewLabel')}>
        <button type="button" aria-pressed={mode === 'overview'} onClick={() => help.showMode('overview')}>
          {t('help.overview')}
        </button>
        <button type="button" aria-pressed={mode === 'guided'} onClick={() => help.showMode('guided')}>
          {t('help.guided')}
        </button>
      </div>
      {mode === 'overview' ? <HelpOverview /> : <HelpStepView />}
      <AboutGuide />
    </section>
  );
}

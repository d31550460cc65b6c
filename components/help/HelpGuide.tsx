import { t } from '../../lib/text/i18n';
import { AboutGuide } from './AboutGuide';
import { GuideLinks } from '../guides/GuideLinks';
import { HelpOverview } from './HelpOverview';
import { HelpStepView } from './HelpStepView';
import { useStore } from '../app/StoreContext';
import { UrgentHelp } from '../urgent/UrgentHelp';
import { ToggleButtons } from '../ui/ToggleButtons';

export function HelpGuide() {
  const store = useStore();
  const { help } = store;
  const mode = help.mode.value;
  return (
    <section class="help" aria-labelledby="help-heading">
      {/* elementtiming lets the benchmark read when this heading is actually painted. */}
      <h2 id="help-heading" elementtiming="help-heading">
        {t('help.heading')}
      </h2>
      <p class="intro">{t('help.intro')}</p>
      <UrgentHelp />
      {/* HELP speaks of a colleague; the reader may be the one who is struggling. After the
          urgent toggle, which stays the first thing to reach. */}
      <button type="button" class="link-button" onClick={store.openSignsForMyself}>
        {t('help.forMyself')}
      </button>
      <GuideLinks />
      <ToggleButtons
        label={t('help.viewLabel')}
        options={[
          { value: 'overview', label: t('help.overview') },
          { value: 'guided', label: t('help.guided') },
        ]}
        selected={mode}
        onSelect={help.showMode}
      />
      {mode === 'overview' ? <HelpOverview /> : <HelpStepView />}
      <AboutGuide />
    </section>
  );
}

import { mount } from '../../components/app/mount';
import { OptionsApp } from '../../components/settings/OptionsApp';
import { t } from '../../lib/text/i18n';

void mount(<OptionsApp />, () => t('app.settingsTitle'));

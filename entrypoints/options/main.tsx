import { mount } from '../../components/mount';
import { OptionsApp } from '../../components/OptionsApp';
import { t } from '../../lib/i18n';

mount(<OptionsApp />, t('app.settingsTitle'));

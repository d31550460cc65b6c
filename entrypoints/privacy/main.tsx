import { mount } from '../../components/app/mount';
import { PrivacyPolicy } from '../../components/settings/PrivacyPolicy';
import { t } from '../../lib/text/i18n';

void mount(<PrivacyPolicy />, () => t('privacyPolicy.title'));

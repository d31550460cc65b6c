import { mount } from '../../components/app/mount';
import { WelcomeApp } from '../../components/welcome/WelcomeApp';
import { t } from '../../lib/text/i18n';

void mount(<WelcomeApp />, () => t('welcome.heading'));

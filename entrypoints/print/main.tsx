import { mount } from '../../components/app/mount';
import { PrintApp } from '../../components/print/PrintApp';
import { t } from '../../lib/text/i18n';

void mount(<PrintApp />, () => t('print.pageTitle'));

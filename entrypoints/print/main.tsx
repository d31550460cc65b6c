import { mount } from '../../components/mount';
import { PrintApp } from '../../components/PrintApp';
import { t } from '../../lib/i18n';

mount(<PrintApp />, t('print.pageTitle'));

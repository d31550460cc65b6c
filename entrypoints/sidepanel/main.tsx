import { App } from '../../components/app/App';
import { mount } from '../../components/app/mount';

mount(<App surface="sidepanel" />);

import { App } from '../../components/App';
import { mount } from '../../components/mount';

mount(<App surface="sidepanel" />);

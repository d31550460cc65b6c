import { App } from '../../components/app/App';
import { mount } from '../../components/app/mount';

void mount(<App surface="sidepanel" />);

import './guides.css';
import { DifficultEventView } from './DifficultEventView';
import { StartPeerSupportView } from './StartPeerSupportView';
import { useStore } from '../app/StoreContext';

/** Whichever guide is open over the tabs. */
export function GuideView() {
  const { guides } = useStore();
  switch (guides.open.value) {
    case 'after-event':
      return <DifficultEventView />;
    case 'start-peer-support':
      return <StartPeerSupportView />;
    default:
      return null;
  }
}

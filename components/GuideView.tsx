import './guides.css';
import { DifficultEventView } from './DifficultEventView';
import { useStore } from './StoreContext';

/** Whichever guide is open over the tabs. */
export function GuideView() {
  const { guides } = useStore();
  switch (guides.open.value) {
    case 'after-event':
      return <DifficultEventView />;
    default:
      return null;
  }
}

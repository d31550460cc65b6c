import './print.css';
import { PeerSupportHandout } from './PeerSupportHandout';
import { PocketCardPage } from './PocketCardPage';

/** The print page: which printable view is shown comes from the address (print.html#pocket-card). */
export function PrintApp() {
  return location.hash === '#peer-support-handout' ? <PeerSupportHandout /> : <PocketCardPage />;
}

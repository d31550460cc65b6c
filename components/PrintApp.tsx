import './print.css';
import { PocketCardPage } from './PocketCardPage';

/** The print page: which printable view is shown comes from the address (print.html#pocket-card). */
export function PrintApp() {
  return <PocketCardPage />;
}

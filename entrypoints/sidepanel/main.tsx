// The first screen is painted from this page's HTML (prerendered at build time, scripts/prerender).
// Its styles load with the page; the app that takes the screen over loads once it is painted.
import '../../components/app/app.css';
import '../../components/guides/guides.css';
import { afterFirstPaint } from '../../lib/app/after-first-paint';

afterFirstPaint(() => void import('../../components/app/start').then((m) => m.start('sidepanel')));

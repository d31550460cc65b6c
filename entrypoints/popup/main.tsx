// The first screen is painted from this page's HTML (prerendered at build time, scripts/prerender).
// Its styles load with the page; this module loads once that screen is painted (entrypoints/first-screen.ts).
import '../../components/app/app.css';
import '../../components/guides/guides.css';

void import('../../components/app/start').then((m) => m.start('popup'));

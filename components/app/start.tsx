import { App } from './App';
import { mount } from './mount';
import type { Surface } from '../../lib/app/environment';

/**
 * The popup's and side panel's app, loaded by their entry after the first paint: the HTML already
 * shows the first screen (scripts/prerender/plugin.ts), so its JavaScript need not block it.
 */
export function start(surface: Exclude<Surface, 'options'>) {
  return mount(<App surface={surface} />);
}

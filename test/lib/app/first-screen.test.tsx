import { expect, it } from 'vitest';
import { HELP_STEPS } from '../../../lib/content/help';
import { readMessages } from '../../../scripts/locale-messages-plugin';
import { renderFirstScreen } from '../../../scripts/prerender/first-screen';

/**
 * The HTML put into popup.html and sidepanel.html at build time (scripts/prerender): the real App,
 * with every word from the locales and lib/content, in each language.
 */
it.each(['en', 'fr'] as const)('renders the first screen from the real components in %s', async (lang) => {
  const messages = await readMessages(lang);
  const html = renderFirstScreen('popup', lang, messages);
  const text = new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';
  for (const key of [
    'help_heading',
    'tabs_help',
    'tabs_signs',
    'tabs_reach',
    'tabs_resources',
    'tabs_journal',
  ])
    expect(text).toContain(messages[key]);
  for (const step of HELP_STEPS) expect(text).toContain(step.summary[lang]);
  expect(html).toContain('elementtiming="help-heading"');
  // The side panel's layout, not the popup's.
  expect(renderFirstScreen('sidepanel', lang, messages)).toContain('app--sidepanel');
});

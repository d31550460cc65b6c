import { describe, expect, it } from 'vitest';
import { parseMessagesFile } from '@wxt-dev/i18n/build';
import { PRIVACY_POLICY_SECTIONS, privacyPolicyMarkdown } from '../../lib/settings/privacy-policy';

// The published privacy policy (the stores' privacy-policy URL) is generated from the same messages as the
// page in the extension, so the two never differ. After a wording change in locales/*.yml, refresh the
// published copies with: npx vitest run test/data/privacy-policy.test.ts -u
describe.each(['en', 'fr'])('privacy policy (%s)', (lang) => {
  it('is published as store/privacy-policy.<lang>.md, the same text as the page in the extension', async () => {
    const messages = new Map(
      (await parseMessagesFile(`locales/${lang}.yml`)).map((m) => [
        m.key.join('.'),
        m.type === 'plural' ? '' : m.message,
      ]),
    );
    const message = (key: string) => {
      const text = messages.get(key);
      if (!text) throw new Error(`locales/${lang}.yml has no ${key}`);
      return text;
    };
    expect(PRIVACY_POLICY_SECTIONS.length).toBeGreaterThan(5);
    await expect(privacyPolicyMarkdown(message)).toMatchFileSnapshot(`../../store/privacy-policy.${lang}.md`);
  });
});

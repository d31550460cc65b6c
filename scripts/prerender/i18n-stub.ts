// At build time every string comes from a locale's table (lib/text/i18n.ts setMessages): the
// browser's i18n, which @wxt-dev/i18n wraps, does not exist there.
export const i18n = {
  t: () => {
    throw new Error('prerender: no browser i18n at build time');
  },
};

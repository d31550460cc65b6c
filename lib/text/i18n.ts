import { i18n } from '#i18n';

/**
 * UI strings come from locales/*.yml through @wxt-dev/i18n (browser.i18n underneath): they follow
 * the browser's language, translate the manifest too, and keys are type-checked.
 */
export const t = i18n.t;

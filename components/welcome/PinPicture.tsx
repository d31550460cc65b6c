import { t } from '../../lib/text/i18n';

/**
 * A drawing of a browser toolbar: the extensions button (a puzzle piece) opens a list where a pin
 * keeps Been There in the toolbar. Drawn, not a screenshot: the same in every language and theme.
 */
export function PinPicture() {
  return (
    <svg class="pin-picture" viewBox="0 0 320 120" role="img" aria-label={t('welcome.pinPictureLabel')}>
      <rect x="1" y="1" width="318" height="34" rx="6" class="pin-picture__bar" />
      <rect x="12" y="9" width="200" height="18" rx="9" class="pin-picture__field" />
      {/* The extensions button, circled. */}
      <path
        d="M262 12h6a3 3 0 0 1 6 0h6v6a3 3 0 0 1 0 6v6h-6a3 3 0 0 0-6 0h-6z"
        class="pin-picture__icon"
        transform="translate(-4 -3)"
      />
      <circle cx="267" cy="18" r="14" class="pin-picture__mark" />
      {/* The list it opens, with the pin beside Been There. */}
      <rect x="150" y="44" width="168" height="60" rx="6" class="pin-picture__menu" />
      <rect x="162" y="62" width="16" height="16" rx="3" class="pin-picture__logo" />
      <text x="186" y="75" class="pin-picture__text">
        {t('extName')}
      </text>
      <path d="M290 62l10 10-4 1-6 9-2-7-7 7-1-1 7-7-7-2 9-6z" class="pin-picture__icon" />
      <circle cx="293" cy="71" r="14" class="pin-picture__mark" />
      <path d="M267 33 L280 52" class="pin-picture__arrow" />
    </svg>
  );
}

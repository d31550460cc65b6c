import { t } from '../../lib/text/i18n';
import { LANGUAGE_CHOICES, type LanguageChoice } from '../../lib/text/language';
import { useStore } from '../app/StoreContext';
import { Field } from '../ui/Field';

// Each language is named in itself, so a person who cannot read the current one still finds theirs.
const LABELS: Record<Exclude<LanguageChoice, 'auto'>, string> = { en: 'English', fr: 'Français' };

const isChoice = (value: string): value is LanguageChoice =>
  (LANGUAGE_CHOICES as readonly string[]).includes(value);

/**
 * English or French whatever the browser speaks (hospital machines are often set by IT). Every page
 * opens again in the new language once it is saved (components/app/mount.tsx).
 */
export function LanguageSelect() {
  const { settings } = useStore();
  return (
    <Field
      id="language"
      label={t('options.languageLabel')}
      hint={t('options.languageHelp')}
      hintId="language-help"
    >
      {(control) => (
        <select
          {...control}
          lang={settings.languageChoice.value === 'auto' ? undefined : settings.languageChoice.value}
          value={settings.languageChoice.value}
          onChange={(e) => {
            const value = e.currentTarget.value;
            if (isChoice(value)) void settings.setLanguage(value);
          }}
        >
          <option value="auto">{t('options.languageAuto')}</option>
          {(['en', 'fr'] as const).map((lang) => (
            <option key={lang} value={lang} lang={lang}>
              {LABELS[lang]}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

import { useState } from 'preact/hooks';
import { t } from '../../lib/text/i18n';
import { LANGUAGE_CHOICES, type LanguageChoice } from '../../lib/text/language';
import { useStore } from '../app/StoreContext';
import { Field } from '../ui/Field';

// Each language is named in itself, so a person who cannot read the current one still finds theirs.
const LABELS: Record<Exclude<LanguageChoice, 'auto'>, string> = { en: 'English', fr: 'Français' };

const isChoice = (value: string): value is LanguageChoice =>
  (LANGUAGE_CHOICES as readonly string[]).includes(value);

/**
 * English or French whatever the browser speaks (hospital machines are often set by IT). Picking in
 * the list changes nothing yet: the page reopens in the new language, so that happens only on the
 * button (arrow keys in a closed list would otherwise reopen the page at every step).
 */
export function LanguageSelect() {
  const { settings } = useStore();
  const [picked, setPicked] = useState<LanguageChoice | null>(null);
  const [failed, setFailed] = useState(false);
  const choice = picked ?? settings.languageChoice.value;
  const apply = async () => {
    setFailed(false);
    setFailed(!(await settings.setLanguage(choice)));
  };
  return (
    <Field
      id="language"
      label={t('options.languageLabel')}
      hint={t('options.languageHelp')}
      hintId="language-help"
      describedBy="language-status"
    >
      {(control) => (
        <>
          <div class="language-choice">
            <select
              {...control}
              // No saved form state on disk: the page's fields are never restored by the browser.
              autocomplete="off"
              value={choice}
              onChange={(e) => {
                const value = e.currentTarget.value;
                if (isChoice(value)) setPicked(value);
              }}
            >
              <option value="auto">{t('options.languageAuto')}</option>
              {(['en', 'fr'] as const).map((lang) => (
                <option key={lang} value={lang} lang={lang}>
                  {LABELS[lang]}
                </option>
              ))}
            </select>
            <button type="button" onClick={() => void apply()}>
              {t('options.languageApply')}
            </button>
          </div>
          <p id="language-status" role="status" class="hint">
            {failed ? t('options.languageNotSaved') : ''}
          </p>
        </>
      )}
    </Field>
  );
}

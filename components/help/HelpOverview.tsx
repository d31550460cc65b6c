import { HELP_STEPS } from '../../lib/content/help';
import { t } from '../../lib/text/i18n';
import { useStore } from '../app/StoreContext';

export function HelpOverview() {
  const { help, lang } = useStore();
  return (
    <ol class="step-cards">
      {HELP_STEPS.map((step) => (
        <li key={step.id} class="step-card">
          <h3>
            <span class="letter" aria-hidden="true">
              {step.letter}
            </span>
            {step.title[lang]}
          </h3>
          <p>{step.summary[lang]}</p>
          <button type="button" class="link-button" onClick={() => help.openStep(step.id)}>
            {t('help.readStep', [step.title[lang]])}
          </button>
        </li>
      ))}
    </ol>
  );
}

import type { TermsField, TermsLine } from '../../lib/before-you-call/terms-lines';
import { t } from '../../lib/text/i18n';
import { useDayFormat } from '../ui/use-date-format';

const LABELS = {
  runBy: 'beforeYouCall.fields.runBy',
  confidentiality: 'beforeYouCall.fields.confidentiality',
  limits: 'beforeYouCall.fields.limits',
  records: 'beforeYouCall.fields.records',
  tellsRegulator: 'beforeYouCall.fields.tellsRegulator',
  note: 'beforeYouCall.fields.note',
  asks: 'licenceForm.asks',
  helpSeeking: 'licenceForm.helpSeeking',
  regulatorProgram: 'licenceForm.regulatorProgram',
} as const satisfies Partial<Record<TermsField, string>>;

/** One line per fact: what it is, what the source says (or "not found in our sources"), the source and its date. */
export function TermsLines({ lines }: { lines: TermsLine[] }) {
  const date = useDayFormat();
  return (
    <ul class="byc-lines">
      {lines.map((line, i) => {
        // A fact line has no label.
        const label = line.field === 'fact' ? null : t(LABELS[line.field]);
        return (
          <li key={`${line.field}-${i}`} data-field={line.field} data-stated={line.text !== null}>
            {label && <strong>{t('beforeYouCall.labelled', [label])}</strong>}{' '}
            {line.text ?? t('beforeYouCall.notStated')}{' '}
            <span class="source-note">
              {line.sourceUrl && (
                <>
                  <a
                    href={line.sourceUrl}
                    target="_blank"
                    rel="noreferrer"
                    // A fact line's link is "Source" alone, not "Source: Source".
                    aria-label={label ? t('beforeYouCall.sourceFor', [label]) : undefined}
                  >
                    {t('resources.source')}
                  </a>{' '}
                </>
              )}
              {line.reviewed && t('beforeYouCall.checked', [date(line.reviewed)])}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

import './before-you-call.css';
import { useState } from 'preact/hooks';
import { REGULATOR_RUN_IDS } from '../../lib/content/regulator-run';
import type { InstitutionTerms } from '../../lib/before-you-call/terms-lines';
import { t } from '../../lib/text/i18n';
import { useLoaded } from './useLoaded';

type Props =
  { programId: string; institution?: never } | { institution: InstitutionTerms; programId?: never };

/**
 * "Before you call" on a program card: closed, one line; open, who runs it, confidentiality and its
 * limits, records and reporting, one line each with its source and date. A regulator-run program
 * says so on the closed line. The facts load when first opened.
 */
export function BeforeYouCall(props: Props) {
  const [open, setOpen] = useState(false);
  const body = useLoaded(() => import('./BeforeYouCallTerms'), open);
  const regulator = props.programId !== undefined && REGULATOR_RUN_IDS.includes(props.programId);
  return (
    <details class="byc" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{regulator ? t('beforeYouCall.summaryRegulator') : t('beforeYouCall.summary')}</summary>
      {open &&
        (body ? (
          props.institution ? (
            <body.InstitutionTermsList terms={props.institution} />
          ) : (
            <body.ProgramTermsList programId={props.programId!} />
          )
        ) : (
          <p class="hint" role="status">
            {t('beforeYouCall.loading')}
          </p>
        ))}
    </details>
  );
}

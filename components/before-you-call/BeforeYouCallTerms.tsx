import { termsFor } from '../../lib/content/before-you-call';
import { institutionLines, programLines, type InstitutionTerms } from '../../lib/before-you-call/terms-lines';
import { t } from '../../lib/text/i18n';
import { useStore } from '../app/StoreContext';
import { TermsLines } from './TermsLines';

/** The body of a program's "Before you call": an intro line, then one line per fact. */
export function ProgramTermsList({ programId }: { programId: string }) {
  const { lang } = useStore();
  const terms = termsFor(programId);
  if (!terms) return <p class="hint">{t('beforeYouCall.notStated')}</p>;
  return (
    <>
      <p class="hint">{t('beforeYouCall.intro')}</p>
      <TermsLines lines={programLines(terms, lang)} />
    </>
  );
}

/** The same for a program an institution added through policy, in the institution's words. */
export function InstitutionTermsList({ terms }: { terms: InstitutionTerms }) {
  return (
    <>
      <p class="hint">{t('beforeYouCall.fromInstitution')}</p>
      <TermsLines lines={institutionLines(terms, (who) => t(`beforeYouCall.runBy.${who}`))} />
    </>
  );
}

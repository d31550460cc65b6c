import { useId, useState } from 'preact/hooks';
import { termsFor } from '../../lib/content/before-you-call';
import {
  CANADA_LICENSING,
  LICENCE_FORMS,
  US_LICENSING,
  US_SUPPORT_LINE_ID,
  type LicenceScope,
} from '../../lib/content/licence-forms';
import { PROVINCES, type Province } from '../../lib/content/regions';
import { RESOURCES } from '../../lib/content/resources';
import { programLines, type TermsLine } from '../../lib/before-you-call/terms-lines';
import { licenceLines, licencePlaceFor, type LicencePlace } from '../../lib/before-you-call/licence-lines';
import { t } from '../../lib/text/i18n';
import { useStore } from '../app/StoreContext';
import { TermsLines } from './TermsLines';

const SCOPE_KEYS = {
  current: 'licenceForm.scope.current',
  'current-described': 'licenceForm.scope.currentDescribed',
  'current-foreseeable': 'licenceForm.scope.currentForeseeable',
  past: 'licenceForm.scope.past',
  'past-specific': 'licenceForm.scope.pastSpecific',
  'not-found': 'licenceForm.scope.notFound',
} as const satisfies Record<LicenceScope, string>;

/**
 * The licence form of one province or territory (the user's region first), or the US picture. "Not
 * legal advice" is said once by each view that offers this one (Reach, Resources, the physician lines).
 */
export function LicenceFormView() {
  const { lang, region } = useStore();
  const [place, setPlace] = useState<LicencePlace>(() => licencePlaceFor(region.value));
  const selectId = useId();
  const provinces = (Object.keys(PROVINCES) as Province[]).sort((a, b) =>
    PROVINCES[a][lang].localeCompare(PROVINCES[b][lang], lang),
  );
  return (
    <div class="licence-view">
      <p>
        <label for={selectId}>{t('licenceForm.region')}</label>{' '}
        <select id={selectId} value={place} onChange={(e) => setPlace(e.currentTarget.value as LicencePlace)}>
          {provinces.map((p) => (
            <option key={p} value={p}>
              {PROVINCES[p][lang]}
            </option>
          ))}
          <option value="US">{t('licenceForm.us')}</option>
        </select>
      </p>
      {place === 'US' ? <UsLicensing /> : <ProvinceLicensing province={place} />}
      <p class="hint">{t('licenceForm.checkForm')}</p>
    </div>
  );
}

function ProvinceLicensing({ province }: { province: Province }) {
  const { lang } = useStore();
  const form = LICENCE_FORMS[province];
  return (
    <>
      <p>
        <strong>{t('licenceForm.regulator', [form.regulator[lang]])}</strong>
      </p>
      <p class="licence-scope">{t(SCOPE_KEYS[form.scope])}</p>
      <TermsLines lines={licenceLines(form, lang)} />
      <h4>{t('licenceForm.canada')}</h4>
      <TermsLines lines={[factLine(CANADA_LICENSING, lang)]} />
    </>
  );
}

function UsLicensing() {
  const { lang } = useStore();
  const line = termsFor(US_SUPPORT_LINE_ID);
  const support = line
    ? programLines(line, lang).filter((l) =>
        // Limits included: the line's volunteers may share a call with its admin team if harm is imminent.
        ['confidentiality', 'limits', 'records', 'tellsRegulator'].includes(l.field),
      )
    : [];
  return (
    <>
      <TermsLines lines={US_LICENSING.map((f) => factLine(f, lang))} />
      <h4>{RESOURCES.find((r) => r.id === US_SUPPORT_LINE_ID)?.name[lang]}</h4>
      <TermsLines lines={support} />
    </>
  );
}

const factLine = (f: (typeof US_LICENSING)[number], lang: 'en' | 'fr'): TermsLine => ({
  field: 'fact',
  text: f.text[lang],
  sourceUrl: f.sourceUrl,
  reviewed: f.reviewed,
});

import { CLINICIAN_ROLES, type ClinicianRole } from '../../lib/content/clinician-roles';
import { useState } from 'preact/hooks';
import { t } from '../../lib/text/i18n';
import { useStore } from '../app/StoreContext';
import { Field } from '../ui/Field';

const ROLE_LABELS = {
  physician: 'urgentKinds.rolePhysician',
  resident: 'urgentKinds.roleResident',
  student: 'urgentKinds.roleStudent',
} as const;

const isRole = (value: string): value is ClinicianRole =>
  (CLINICIAN_ROLES as readonly string[]).includes(value);

/** The user's role, said once, puts the physician lines that serve them first. Optional. */
export function RoleSelect() {
  const store = useStore();
  const [failed, setFailed] = useState(false);
  const choose = async (role: ClinicianRole | null) => {
    setFailed(false);
    setFailed(!(await store.settings.setRole(role)));
  };
  return (
    <Field
      id="role"
      label={t('urgentKinds.roleLabel')}
      hint={t('urgentKinds.roleHelp')}
      hintId="role-help"
      error={failed && <span role="alert">{t('options.choiceNotSaved')}</span>}
    >
      {(control) => (
        <select
          {...control}
          // No saved form state on disk: the page's fields are never restored by the browser.
          autocomplete="off"
          value={store.settings.role.value ?? ''}
          onChange={(e) => {
            const value = e.currentTarget.value;
            void choose(isRole(value) ? value : null);
          }}
        >
          <option value="">{t('urgentKinds.roleNone')}</option>
          {CLINICIAN_ROLES.map((role) => (
            <option key={role} value={role}>
              {t(ROLE_LABELS[role])}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

import { CLINICIAN_ROLES, type ClinicianRole } from '../../lib/content/clinician-roles';
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
  return (
    <Field id="role" label={t('urgentKinds.roleLabel')} hint={t('urgentKinds.roleHelp')} hintId="role-help">
      {(control) => (
        <select
          {...control}
          // No saved form state on disk: the page's fields are never restored by the browser.
          autocomplete="off"
          value={store.settings.role.value ?? ''}
          onChange={(e) => {
            const value = e.currentTarget.value;
            void store.settings.setRole(isRole(value) ? value : null);
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

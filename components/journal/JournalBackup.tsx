import { useContext, useRef, useState } from 'preact/hooks';
import { useStore } from '../app/StoreContext';
import { SurfaceContext } from '../app/SurfaceContext';
import { t } from '../../lib/text/i18n';
import { IMPORT_ERRORS, type JournalError, type JournalStore } from '../../lib/journal/journal-store';
import { Field } from '../ui/Field';
import { PassphraseField } from '../ui/PassphraseField';
import { saveFile } from '../ui/saveFile';

/**
 * 10,000 notes of 1 KB make a backup of about 20 MB. A file over this size is refused before it
 * is read: held as text, it would stall the page.
 */
const MAX_BACKUP_BYTES = 128 * 1024 * 1024;

/** The journal's errors that come from this section (the others are shown where they happen). */
const BACKUP_ERRORS: readonly JournalError[] = [...IMPORT_ERRORS, 'exportFailed'];

/** Encrypted backup and restore; plain text only after a warning. Import shows what it will add. */
export function JournalBackup({ journal }: { journal: JournalStore }) {
  const [plainWarning, setPlainWarning] = useState(false);
  const [plainPassphrase, setPlainPassphrase] = useState('');
  const [fileText, setFileText] = useState<string | null>(null);
  const readings = useRef(0);
  const [passphrase, setPassphrase] = useState('');
  const plan = journal.importPlan.value;
  const error = journal.error.value;
  const app = useStore();
  const filePickerClosesPage = useContext(SurfaceContext) === 'popup' && app.filePickerClosesPopup.value;
  return (
    <div class="journal-backup">
      <h3>{t('journal.backupHeading')}</h3>
      <div class="form-actions">
        <button
          type="button"
          onClick={() =>
            void journal
              .exportEncrypted()
              .then((text) => text && saveFile('been-there-journal.json', text, 'application/json'))
          }
        >
          {t('journal.exportEncrypted')}
        </button>
        <button type="button" onClick={() => setPlainWarning(true)}>
          {t('journal.exportPlain')}
        </button>
      </div>
      {plainWarning && (
        <form
          role="alertdialog"
          aria-labelledby="plain-warning"
          class="confirm"
          onSubmit={(e) => {
            e.preventDefault();
            // The passphrase again, as password managers ask: notes in clear leave the journal here.
            void journal.exportPlain(plainPassphrase).then((text) => {
              if (text === null) return;
              saveFile('been-there-journal.txt', text, 'text/plain');
              setPlainWarning(false);
              setPlainPassphrase('');
            });
          }}
        >
          <p id="plain-warning">{t('journal.plainWarning')}</p>
          <PassphraseField
            id="plain-passphrase"
            label={t('journal.plainPassphrase')}
            value={plainPassphrase}
            onInput={setPlainPassphrase}
          />
          <button type="submit" class="danger">
            {t('journal.plainConfirm')}
          </button>
          <button type="button" onClick={() => setPlainWarning(false)}>
            {t('contacts.cancel')}
          </button>
        </form>
      )}
      {filePickerClosesPage ? (
        <div class="field">
          <p id="import-in-side-panel" class="hint">
            {t('journal.importInSidePanel')}
          </p>
          <button
            type="button"
            aria-describedby="import-in-side-panel"
            onClick={() => void app.openSidePanel().then(() => window.close())}
          >
            {t('journal.importOpenSidePanel')}
          </button>
        </div>
      ) : (
        <Field id="import-file" label={t('journal.importFile')}>
          {(control) => (
            <input
              {...control}
              type="file"
              autocomplete="off"
              accept="application/json,.json"
              onChange={(e) => {
                const file = e.currentTarget.files?.[0];
                journal.cancelImport();
                setFileText(null);
                // Only the newest file's reading counts: a large one chosen first may finish last.
                const reading = ++readings.current;
                if (!file) return;
                // Far larger than any backup: refused before the page tries to hold it all.
                if (file.size > MAX_BACKUP_BYTES) return journal.fileUnreadable();
                file.text().then(
                  (text) => reading === readings.current && setFileText(text),
                  () => reading === readings.current && journal.fileUnreadable(),
                );
              }}
            />
          )}
        </Field>
      )}
      {fileText !== null && !plan && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void journal.planImport(fileText, passphrase);
          }}
        >
          <PassphraseField
            id="import-passphrase"
            label={t('journal.importPassphrase')}
            value={passphrase}
            onInput={setPassphrase}
          />
          <button type="submit">{t('journal.importCheck')}</button>
        </form>
      )}
      {error && BACKUP_ERRORS.includes(error) && (
        <p class="error" role="alert">
          {t(`journal.errors.${error}`, [''])}
        </p>
      )}
      {plan && (
        <div class="confirm" role="group" aria-labelledby="import-summary">
          <p id="import-summary">
            {t('journal.importSummary', [String(plan.notes.length), String(plan.existing)])}
            {plan.newerHere > 0 && ` ${t('journal.importNewerHere', plan.newerHere)}`}
            {plan.duplicates > 0 && ` ${t('journal.importDuplicates', [String(plan.duplicates)])}`}
            {plan.plan && ` ${t('safetyPlan.importPlan')}`}
          </p>
          <button
            type="button"
            class="primary"
            onClick={() => void journal.applyImport(false).then(() => setFileText(null))}
          >
            {t('journal.importMerge')}
          </button>
          <button
            type="button"
            class="danger"
            onClick={() => void journal.applyImport(true).then(() => setFileText(null))}
          >
            {/* Said plainly: replacing takes the file's plan too, even an older one. */}
            {plan.plan ? t('safetyPlan.importReplace') : t('journal.importReplace')}
          </button>
          <button type="button" onClick={() => journal.cancelImport()}>
            {t('contacts.cancel')}
          </button>
        </div>
      )}
    </div>
  );
}

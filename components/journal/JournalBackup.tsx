import { useState } from 'preact/hooks';
import { t } from '../../lib/text/i18n';
import type { JournalStore } from '../../lib/journal/journal-store';
import { Field } from '../ui/Field';
import { PassphraseField } from '../ui/PassphraseField';
import { saveFile } from '../ui/saveFile';

/** Encrypted backup and restore; plain text only after a warning. Import shows what it will add. */
export function JournalBackup({ journal }: { journal: JournalStore }) {
  const [plainWarning, setPlainWarning] = useState(false);
  const [plainPassphrase, setPlainPassphrase] = useState('');
  const [fileText, setFileText] = useState<string | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const plan = journal.importPlan.value;
  const error = journal.error.value;
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
              if (file) void file.text().then(setFileText);
            }}
          />
        )}
      </Field>
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
      {error && error !== 'saveFailed' && error !== 'journalExists' && (
        <p class="error" role="alert">
          {t(`journal.errors.${error}`, [''])}
        </p>
      )}
      {plan && (
        <div class="confirm" role="group" aria-labelledby="import-summary">
          <p id="import-summary">
            {t('journal.importSummary', [String(plan.notes.length), String(plan.existing)])}
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

import { useState } from 'preact/hooks';
import { t } from '../../lib/text/i18n';
import { useDateFormat } from '../ui/use-date-format';
import type { JournalStore } from '../../lib/journal/journal-store';
import { Field } from '../ui/Field';

/** Notes newest first, searched in memory while unlocked; delete with undo, or delete everything. */
export function JournalNotes({ journal }: { journal: JournalStore }) {
  const [confirmAll, setConfirmAll] = useState(false);
  const format = useDateFormat({ dateStyle: 'medium', timeStyle: 'short' });
  const shown = journal.shown.value;
  const deleted = journal.deleted.value;
  return (
    <div class="journal-notes">
      <h3>{t('journal.notes')}</h3>
      <Field id="journal-search" label={t('journal.search')}>
        {(control) => (
          <input
            {...control}
            type="search"
            autocomplete="off"
            value={journal.query.value}
            onInput={(e) => journal.search(e.currentTarget.value)}
          />
        )}
      </Field>
      <p role="status" class="hint">
        {deleted ? t('journal.deletedOne') : t('journal.count', shown.length)}
        {deleted && (
          <>
            {' '}
            <button type="button" class="link-button" onClick={() => void journal.undoRemove()}>
              {t('journal.undo')}
            </button>
          </>
        )}
      </p>
      {/* Right under Undo and the count: where the delete or its undo was asked for. */}
      {journal.error.value === 'changeFailed' && (
        <p class="error" role="alert">
          {t('journal.errors.changeFailed')}
        </p>
      )}
      {shown.map((note) => (
        <article key={note.id} class="note" aria-labelledby={`note-${note.id}`}>
          <h4 id={`note-${note.id}`}>{note.title || t('journal.untitled')}</h4>
          <p class="hint">{format.format(new Date(note.updatedAt))}</p>
          <p class="note-body">{note.body}</p>
          <div class="form-actions">
            <button type="button" class="quiet" onClick={() => void journal.openNote(note)}>
              {t('journal.edit', [note.title || t('journal.untitled')])}
            </button>
            <button type="button" class="quiet" onClick={() => void journal.remove(note)}>
              {t('journal.delete', [note.title || t('journal.untitled')])}
            </button>
          </div>
        </article>
      ))}
      {confirmAll ? (
        <div role="alertdialog" aria-labelledby="delete-all-question" class="confirm">
          <p id="delete-all-question">{t('journal.deleteAllQuestion')}</p>
          <button type="button" class="danger" onClick={() => void journal.deleteEverything()}>
            {t('journal.deleteAllConfirm')}
          </button>
          <button type="button" onClick={() => setConfirmAll(false)}>
            {t('contacts.cancel')}
          </button>
        </div>
      ) : (
        <button type="button" onClick={() => setConfirmAll(true)}>
          {t('journal.deleteAll')}
        </button>
      )}
    </div>
  );
}

import { useState } from 'preact/hooks';
import { t } from '../../lib/text/i18n';
import { PROMPT_IDS } from '../../lib/journal/notes';
import type { JournalStore } from '../../lib/journal/journal-store';
import { Field } from '../ui/Field';

/** Write or edit a note; the draft saves itself, encrypted, every few seconds. */
export function JournalWriter({ journal }: { journal: JournalStore }) {
  const draft = journal.draft.value;
  const [showPrompts, setShowPrompts] = useState(false);
  if (!draft) return null;
  const state = journal.saveState.value;
  return (
    // autocomplete="off" everywhere: Chromium then keeps no copy of these fields in its session
    // (tab restore) files, which are written to disk in the clear.
    <form
      class="journal-writer"
      autocomplete="off"
      onSubmit={(e) => {
        e.preventDefault();
        void journal.save();
      }}
    >
      <h3>{t('journal.write')}</h3>
      <Field id="note-title" label={t('journal.title')}>
        {(control) => (
          <input
            {...control}
            type="text"
            // Browsers keep submitted text fields in their form history, readable by the next person.
            autocomplete="off"
            maxLength={200}
            value={draft.title}
            onInput={(e) => journal.edit({ title: e.currentTarget.value })}
          />
        )}
      </Field>
      <Field id="note-body" label={t('journal.body')}>
        {(control) => (
          <textarea
            {...control}
            rows={6}
            autocomplete="off"
            value={draft.body}
            onInput={(e) => journal.edit({ body: e.currentTarget.value })}
          />
        )}
      </Field>
      <label class="check">
        <input
          type="checkbox"
          autocomplete="off"
          checked={showPrompts}
          onChange={(e) => setShowPrompts(e.currentTarget.checked)}
        />
        <span>{t('journal.usePrompts')}</span>
      </label>
      {showPrompts &&
        PROMPT_IDS.map((id) => (
          <Field key={id} id={`prompt-${id}`} label={t(`journal.prompts.${id}`)}>
            {(control) => (
              <textarea
                {...control}
                rows={2}
                autocomplete="off"
                value={draft.prompts[id] ?? ''}
                onInput={(e) => journal.edit({ prompts: { ...draft.prompts, [id]: e.currentTarget.value } })}
              />
            )}
          </Field>
        ))}
      <p class="hint">{t('journal.noPatients')}</p>
      <div class="form-actions">
        <button type="submit" class="primary">
          {t('journal.save')}
        </button>
        <button type="button" onClick={() => void journal.newNote()}>
          {t('journal.newNote')}
        </button>
      </div>
      <p role="status" class={state === 'failed' ? 'error' : 'hint'}>
        {state === 'saving'
          ? t('journal.saving')
          : state === 'saved'
            ? t('journal.saved')
            : state === 'failed'
              ? t('journal.errors.saveFailed')
              : ''}
      </p>
    </form>
  );
}

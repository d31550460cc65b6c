import { useState } from 'preact/hooks';
import { t } from '../../lib/text/i18n';
import { PROMPT_IDS } from '../../lib/journal/notes';
import type { JournalStore } from '../../lib/journal/journal-store';

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
      <div class="field">
        <label for="note-title">{t('journal.title')}</label>
        <input
          id="note-title"
          type="text"
          // Browsers keep submitted text fields in their form history, readable by the next person.
          autocomplete="off"
          maxLength={200}
          value={draft.title}
          onInput={(e) => journal.edit({ title: e.currentTarget.value })}
        />
      </div>
      <div class="field">
        <label for="note-body">{t('journal.body')}</label>
        <textarea
          id="note-body"
          rows={6}
          autocomplete="off"
          value={draft.body}
          onInput={(e) => journal.edit({ body: e.currentTarget.value })}
        />
      </div>
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
          <div class="field" key={id}>
            <label for={`prompt-${id}`}>{t(`journal.prompts.${id}`)}</label>
            <textarea
              id={`prompt-${id}`}
              rows={2}
              autocomplete="off"
              value={draft.prompts[id] ?? ''}
              onInput={(e) => journal.edit({ prompts: { ...draft.prompts, [id]: e.currentTarget.value } })}
            />
          </div>
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

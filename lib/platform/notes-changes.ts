/**
 * Tells the journal's other open pages (popup, side panel, a tab) that the notes changed, and hears
 * them, so a note saved in one is listed in the others. The message carries nothing: each page
 * reads the notes again, decrypting them itself. BroadcastChannel stays inside this extension's
 * origin, and nothing leaves the device.
 */
export interface NotesChanges {
  announce(): void;
  /** Returns the function that stops listening. */
  watch(onChange: () => void): () => void;
}

export function createNotesChanges(name = 'been-there-journal-notes'): NotesChanges {
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(name) : null;
  return {
    announce: () => channel?.postMessage('changed'),
    watch(onChange) {
      if (!channel) return () => undefined;
      const listener = () => onChange();
      channel.addEventListener('message', listener);
      return () => channel.removeEventListener('message', listener);
    },
  };
}

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
  const usable = typeof BroadcastChannel === 'function';
  /** This page's channel while it listens: what it posts there never comes back to itself. */
  let listening: BroadcastChannel | null = null;
  return {
    announce() {
      if (!usable) return;
      if (listening) return listening.postMessage('changed');
      // Not listening: a channel for this one message. Closing it after posting cancels nothing.
      const channel = new BroadcastChannel(name);
      channel.postMessage('changed');
      channel.close();
    },
    watch(onChange) {
      if (!usable) return () => undefined;
      const channel = new BroadcastChannel(name);
      channel.onmessage = () => onChange();
      listening = channel;
      return () => {
        channel.close();
        if (listening === channel) listening = null;
      };
    },
  };
}

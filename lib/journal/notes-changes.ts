/**
 * Tells the journal's other open pages (popup, side panel, a tab) that the notes changed, and hears
 * them, so a note saved in one is listed in the others. The message carries only what changed:
 * each page reads the notes (or drafts) again, decrypting them itself. BroadcastChannel stays inside this extension's
 * origin, and nothing leaves the device.
 */
/** 'notes': notes were saved, deleted or imported. 'draft': a page saved its draft as it closed. */
export type NotesChange = 'notes' | 'draft';

export interface NotesChanges {
  announce(change?: NotesChange): void;
  /** Returns the function that stops listening. */
  watch(onChange: (change: NotesChange) => void): () => void;
}

/** The channel on which pages tell each other the safety plan changed (safety-plan-store.ts). */
export const PLAN_CHANNEL = 'been-there-safety-plan';

export function createNotesChanges(name = 'been-there-journal-notes'): NotesChanges {
  const usable = typeof BroadcastChannel === 'function';
  /** This page's channel while it listens: what it posts there never comes back to itself. */
  let listening: BroadcastChannel | null = null;
  return {
    announce(change = 'notes') {
      if (!usable) return;
      if (listening) return listening.postMessage(change);
      // Not listening: a channel for this one message. Closing it after posting cancels nothing.
      const channel = new BroadcastChannel(name);
      channel.postMessage(change);
      channel.close();
    },
    watch(onChange) {
      if (!usable) return () => undefined;
      const channel = new BroadcastChannel(name);
      channel.onmessage = (event: MessageEvent) => onChange(event.data === 'draft' ? 'draft' : 'notes');
      listening = channel;
      return () => {
        channel.close();
        if (listening === channel) listening = null;
      };
    },
  };
}

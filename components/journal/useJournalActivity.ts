import { useEffect } from 'preact/hooks';
import type { JournalStore } from '../../lib/journal/journal-store';

/**
 * Keys and clicks anywhere in the page count as journal activity while a view that shows decrypted
 * words is on screen: the auto-lock counts from the last one (lib/journal/session/lock.ts).
 */
export function useJournalActivity(journal: JournalStore | null | undefined) {
  useEffect(() => {
    if (!journal) return;
    const touch = () => journal.touch();
    document.addEventListener('keydown', touch);
    document.addEventListener('pointerdown', touch);
    return () => {
      document.removeEventListener('keydown', touch);
      document.removeEventListener('pointerdown', touch);
    };
  }, [journal]);
}

import { defineBackground } from 'wxt/utils/define-background';
import { registerCheckInAlarms } from '../lib/check-ins/check-ins.background';
import { registerClosingWrites } from '../lib/journal/closing-writes.background';
import { registerJournalAutoLock } from '../lib/journal/session/lock.background';
import { registerReminderAlarms } from '../lib/reminders/reminders.background';
import { registerPopupInLanguage } from '../lib/app/popup-page.background';
import { registerSidePanelOpeners } from '../lib/app/side-panel.background';
import { registerWelcome } from '../lib/welcome/welcome.background';

export default defineBackground(() => {
  registerWelcome();
  registerSidePanelOpeners();
  registerPopupInLanguage();
  registerReminderAlarms();
  registerCheckInAlarms();
  registerJournalAutoLock();
  // Firefox ends a closing page's IndexedDB writes; the background writes them instead.
  if (import.meta.env.FIREFOX) registerClosingWrites();
});

import { defineBackground } from 'wxt/utils/define-background';
import { registerJournalAutoLock } from '../lib/platform/journal-auto-lock';
import { registerReminderAlarms } from '../lib/platform/reminder-alarms';
import { registerSidePanelOpeners } from '../lib/platform/side-panel-openers';

export default defineBackground(() => {
  registerSidePanelOpeners();
  registerReminderAlarms();
  registerJournalAutoLock();
});

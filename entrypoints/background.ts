import { defineBackground } from 'wxt/utils/define-background';
import { registerReminderAlarms } from '../lib/platform/reminder-alarms';
import { registerSidePanelOpeners } from '../lib/platform/side-panel-openers';

export default defineBackground(() => {
  registerSidePanelOpeners();
  registerReminderAlarms();
});

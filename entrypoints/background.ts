import { defineBackground } from 'wxt/utils/define-background';
import { registerSidePanelOpeners } from '../lib/platform/side-panel-openers';

export default defineBackground(() => {
  registerSidePanelOpeners();
});

import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { setupPanelOpening } from '@/lib/panel-opening';

export default defineBackground(() => {
  setupPanelOpening({ browser, target: import.meta.env.BROWSER });
});

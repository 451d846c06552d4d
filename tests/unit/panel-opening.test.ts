import { describe, expect, it, vi } from 'vitest';
import { setupPanelOpening } from '@/lib/panel-opening';

describe('setupPanelOpening', () => {
  it('Chrome: the toolbar button opens the side panel', () => {
    const setPanelBehavior = vi.fn(() => Promise.resolve());
    setupPanelOpening({ browser: { sidePanel: { setPanelBehavior } }, target: 'chrome' });
    expect(setPanelBehavior).toHaveBeenCalledWith({ openPanelOnActionClick: true });
  });

  it('Firefox: the toolbar button toggles the sidebar', () => {
    let click: () => void = () => undefined;
    const toggle = vi.fn(() => Promise.resolve());
    setupPanelOpening({
      browser: { sidebarAction: { toggle }, browserAction: { onClicked: { addListener: (cb) => (click = cb) } } },
      target: 'firefox',
    });
    click();
    expect(toggle).toHaveBeenCalledTimes(1);
  });
});

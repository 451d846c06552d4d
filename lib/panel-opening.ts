/**
 * The toolbar button opens Homeward beside the page: Chrome's side panel, Firefox's sidebar.
 * Dependencies come in as parameters so a test can pass a plain fake.
 */
export interface PanelBrowser {
  sidePanel?: { setPanelBehavior(options: { openPanelOnActionClick: boolean }): Promise<void> };
  sidebarAction?: { toggle(): Promise<void> };
  action?: { onClicked: { addListener(cb: () => void): void } };
  browserAction?: { onClicked: { addListener(cb: () => void): void } };
}

export function setupPanelOpening({ browser, target }: { browser: PanelBrowser; target: string }): void {
  if (target !== 'firefox' && browser.sidePanel) {
    browser.sidePanel
      .setPanelBehavior({ openPanelOnActionClick: true })
      .catch((error: unknown) => console.error('Homeward: could not set the side panel behaviour', error));
    return;
  }
  const action = browser.action ?? browser.browserAction;
  // Firefox: sidebarAction.toggle() must run inside the click handler (a user gesture).
  action?.onClicked.addListener(() => {
    void browser.sidebarAction?.toggle();
  });
}

import { useEffect, type RefObject } from 'react';

/**
 * When the element that had focus leaves the screen (a button that hides itself, a row deleted, a view
 * replaced) and nothing else took focus, the browser drops focus on the page itself: a keyboard or
 * screen-reader user is then back at the top with no idea where they are. This puts focus on the screen's
 * heading instead. Components that know a better place (the next photo's button, the story that came back)
 * move focus themselves; this is the safety net for every other case, checked after two frames so theirs
 * comes first.
 */
export function useFocusRescue(root: RefObject<HTMLElement | null>, fallback: () => HTMLElement | null): void {
  useEffect(() => {
    const element = root.current;
    if (!element) return;
    let last: Element | null = null;
    let frame = 0;
    const onFocusIn = (event: FocusEvent) => {
      last = event.target instanceof Element ? event.target : null;
    };
    const lost = () => !document.activeElement || document.activeElement === document.body;
    const observer = new MutationObserver(() => {
      if (!last || last.isConnected || !lost()) return;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        frame = requestAnimationFrame(() => {
          if (!lost()) return;
          const target = fallback();
          if (!target) return;
          if (!target.hasAttribute('tabindex') && !target.matches('a, button, input, select, textarea')) target.tabIndex = -1;
          target.focus();
        });
      });
    });
    element.addEventListener('focusin', onFocusIn);
    observer.observe(element, { childList: true, subtree: true });
    return () => {
      element.removeEventListener('focusin', onFocusIn);
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [root, fallback]);
}

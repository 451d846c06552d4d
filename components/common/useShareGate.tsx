import { useEffect, useRef, useState, type ReactNode } from 'react';
import { checkBeforeSharing, type ShareCheck } from '@/lib/gate/check';
import type { AnswerPlace } from '@/lib/gate/essentials';
import type { LocatedFinding } from '@/lib/gate/findings';
import type { Story } from '@/lib/story/story';
import { ShareGate } from './ShareGate';
import { useServices } from '../services';

interface Pending {
  readonly check: ShareCheck;
  readonly run: () => void;
  /** Where the box shows: beside the buttons that were pressed. */
  readonly place: string;
  /** The button that was pressed; focus goes back to it when the parent closes the box. */
  readonly trigger: HTMLElement | null;
}

export interface GuardOptions {
  /** Where the box shows (a view with two rows of buttons shows it beside the row pressed). */
  readonly place?: string;
  /**
   * The texts are the parent's own edit (a post they changed): a finding is fixed there, not in the answer
   * it once came from, so "Go back and edit" goes to the text.
   */
  readonly edited?: boolean;
}

export interface ShareGateControls {
  /** Runs `share` at once when there is nothing to say about `texts`, else shows the box first. */
  guard(texts: readonly string[], share: () => void, options?: GuardOptions): void;
  /** The box, where it belongs (`place`), or nothing. */
  gate(place?: string): ReactNode;
  readonly open: boolean;
}

/**
 * The one gate before anything leaves the panel, for the posts and the cards views. `changes` is anything that
 * alters what would leave (the story, the card or post shown): when it changes, an open box is dropped, so
 * "Share it anyway" never sends something other than what was checked.
 */
export function useShareGate(
  story: Story | undefined,
  actions: { onGoTo: (place: AnswerPlace) => void; onEditText?: (finding: LocatedFinding) => void },
  changes: string,
): ShareGateControls {
  const { today } = useServices();
  const [pending, setPending] = useState<Pending | null>(null);
  const seen = useRef(changes);
  useEffect(() => {
    if (seen.current === changes) return;
    seen.current = changes;
    setPending(null);
  }, [changes]);

  const close = (refocus: boolean) => {
    const trigger = pending?.trigger;
    setPending(null);
    if (refocus && trigger?.isConnected) trigger.focus();
  };

  return {
    open: pending !== null,
    guard(texts, share, options = {}) {
      if (!story) return;
      // A date after today is as missing as no date: no post may carry it.
      const check = checkBeforeSharing(story, texts, today());
      const shown = options.edited ? { ...check, findings: check.findings.map((f) => ({ ...f, source: null })) } : check;
      if (shown.clear) {
        share();
        return;
      }
      const active = typeof document === 'undefined' ? null : document.activeElement;
      setPending({ check: shown, run: share, place: options.place ?? 'main', trigger: active instanceof HTMLElement ? active : null });
    },
    gate(place = 'main') {
      if (!pending || pending.place !== place) return null;
      return (
        <ShareGate
          kind={story?.kind ?? 'family-seeking-child'}
          check={pending.check}
          onGoTo={(to) => {
            close(false);
            actions.onGoTo(to);
          }}
          onEditFinding={(finding) => {
            if (finding.source) {
              close(false);
              actions.onGoTo(finding.source);
            } else if (actions.onEditText) {
              close(false);
              actions.onEditText(finding);
            } else close(true);
          }}
          onContinue={() => {
            const { run } = pending;
            close(true);
            run();
          }}
          onCancel={() => close(true)}
        />
      );
    },
  };
}

/**
 * Telling one press of "Insert into post" from the last, for the Chromium and the Firefox suites: both run
 * these functions in the panel page. The status line says "Putting the post into …" while a press is being
 * handled, then what happened; `watchAnswers` records every text it shows from before the click, and
 * `newAnswer` is the first answer after a "Putting …", or null while there is none yet.
 */
interface AnswerLog {
  texts: string[];
  observer: MutationObserver;
}

type Watched = typeof globalThis & { homewardAnswers?: AnswerLog };

export function watchAnswers(): void {
  const w = globalThis as Watched;
  w.homewardAnswers?.observer.disconnect();
  const status = document.querySelector('.compose-status');
  if (!status) throw new Error('no status line on the posts screen');
  const texts: string[] = [];
  const observer = new MutationObserver(() => texts.push(status.textContent ?? ''));
  observer.observe(status, { subtree: true, childList: true, characterData: true });
  w.homewardAnswers = { texts, observer };
}

export function newAnswer(): string | null {
  const texts = (globalThis as Watched).homewardAnswers?.texts ?? [];
  const busy = (t: string) => /^(正在放进|正在放進|Putting the post)/.test(t);
  const started = texts.findIndex(busy);
  if (started < 0) return null;
  return texts.slice(started + 1).find((t) => t.trim() !== '' && !busy(t)) ?? null;
}

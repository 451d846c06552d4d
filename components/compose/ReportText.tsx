import { useId } from 'react';
import type { AppLanguage } from '@/lib/i18n/languages';

/** A text Homeward wrote for the person to copy as it is (the call script, the written report): read-only. */
export function ReportText({ label, text, language, note }: { label: string; text: string; language: AppLanguage; note?: string }) {
  const id = useId();
  const noteId = useId();
  return (
    <div className="post-editor">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        value={text}
        readOnly
        rows={Math.min(16, text.split('\n').length + 1)}
        lang={language}
        dir="auto"
        aria-describedby={note ? noteId : undefined}
      />
      {note && (
        <p id={noteId} className="muted small">
          {note}
        </p>
      )}
    </div>
  );
}

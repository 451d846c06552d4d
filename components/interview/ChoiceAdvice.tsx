import type { StoryKind } from '@/lib/story/kinds';
import { useVoiceT } from '../common/useVoice';
import type { AdviceId } from '@/lib/gate/advice';
import { MarkedText } from '../common/UserText';

/** What each piece of advice says, as locale keys under `advice.<id>`, one paragraph or list item each. */
const LINES: Record<AdviceId, { readonly list: boolean; readonly keys: readonly string[] }> = {
  policeNow: { list: true, keys: ['noWait', 'tuanyuan', 'bring', 'then'] },
  ownPhone: { list: false, keys: ['scam', 'safer'] },
  dnaSample: { list: true, keys: ['free', 'where', 'bring', 'match'] },
  register: { list: false, keys: ['what', 'how'] },
  call110: { list: true, keys: ['now', 'say', 'safe'] },
};

interface Props {
  /** Whose story: the safer choice's button speaks in its voice. */
  readonly kind: StoryKind;
  readonly id: string;
  readonly advice: AdviceId;
  /** The safer choice, offered as a button (own phone → contact through the police only). */
  readonly onSafer?: () => void;
}

/**
 * (Homeward's own words go through MarkedText: "Tuanyuan (团圆)" in English marks its Chinese.)
 * The warning box right under a choice that needs one (report to the police at once; scammers call families
 * who publish their phone). A note, read with the choice (the choice's radios are described by it) and
 * announced when it appears (its container is a polite live region).
 */
export function ChoiceAdvice({ kind, id, advice, onSafer }: Props) {
  const vt = useVoiceT(kind);
  const { list, keys } = LINES[advice];
  const headingId = `${id}-heading`;
  return (
    <div id={id} role="note" aria-labelledby={headingId} className="police-first choice-advice">
      <h3 id={headingId}>
        <MarkedText text={vt(`advice.${advice}.heading`)} />
      </h3>
      {list ? (
        <ul>
          {keys.map((k) => (
            <li key={k}>
              <MarkedText text={vt(`advice.${advice}.${k}`)} />
            </li>
          ))}
        </ul>
      ) : (
        keys.map((k) => (
          <p key={k}>
            <MarkedText text={vt(`advice.${advice}.${k}`)} />
          </p>
        ))
      )}
      {onSafer && (
        <button type="button" onClick={onSafer}>
          {vt(`advice.${advice}.switch`)}
        </button>
      )}
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { MarkedText } from './UserText';
import { useVoiceT } from './useVoice';
import { chosenAdvice, type AdviceId } from '@/lib/gate/advice';
import type { AnswerPlace } from '@/lib/gate/essentials';
import type { Story } from '@/lib/story/story';

const CHANGE: Record<AdviceId, string> = {
  policeNow: 'advice.reminder.changePolice',
  ownPhone: 'advice.reminder.changeContact',
  dnaSample: 'advice.reminder.changeDna',
  register: 'advice.reminder.changeRegistered',
  call110: 'advice.reminder.changeDanger',
};

/**
 * Where posts and cards are made: a reminder of the advice the parent's choices call for (not reported to the
 * police yet; their own phone number), with a way back to the choice. The full advice is under the choice.
 */
export function AdviceReminders({ story, onGoTo }: { story: Story; onGoTo: (place: AnswerPlace) => void }) {
  const { t } = useTranslation();
  const vt = useVoiceT(story.kind);
  const advice = chosenAdvice(story);
  if (advice.length === 0) return null;
  return (
    <div className="advice-reminders">
      {advice.map((a) => (
        <div key={a.id} role="note" className="police-first advice-reminder">
          <p>
            <MarkedText text={vt(`advice.reminder.${a.id}`)} />
          </p>
          <button type="button" className="link-button" onClick={() => onGoTo(a)}>
            {t(CHANGE[a.id])}
          </button>
        </div>
      ))}
    </div>
  );
}

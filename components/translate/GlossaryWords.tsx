import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppLanguage } from '@/lib/i18n/languages';
import type { Story } from '@/lib/story/story';
import { MAX_WORD_LENGTH, ownWordId, type Word } from '@/lib/translate/story-glossary';
import { useServices } from '../services';
import { MarkedText, UserText } from '../common/UserText';

const MAX_TEXT_LENGTH = 200;

/** Saving a word of the story's glossary (null: removed, or back to Homeward's). */
function useSaveWord(story: Story, target: AppLanguage) {
  const services = useServices();
  return (id: string, zh: string, text: string | null) =>
    services.library.getState().setGlossaryWord(story.id, target, id, text === null ? null : { zh, text });
}

/**
 * One word and how it is written, with "Change" beside it: the helper's rendering is kept with the story and
 * shown wherever the word comes back. A checked name or place is changed in its own box, not here.
 */
function WordRow({ story, target, word }: { story: Story; target: AppLanguage; word: Word }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const change = useRef<HTMLButtonElement>(null);
  const save = useSaveWord(story, target);
  const close = () => {
    setEditing(false);
    requestAnimationFrame(() => change.current?.focus());
  };
  return (
    <li>
      <span lang="zh-CN">{word.zh[0]}</span> → <UserText text={word.text} />
      {word.origin === 'checked' && <span className="muted"> ({t('translate.words.checked')})</span>}
      {word.origin === 'changed' && word.usual !== undefined && (
        <span className="muted">
          {' '}
          ({t('translate.words.usual')} <UserText text={word.usual} />)
        </span>
      )}
      {word.origin !== 'checked' &&
        (editing ? (
          <WordEditor
            word={word}
            target={target}
            onSave={(text) => {
              save(word.id, word.zh[0] ?? '', text);
              close();
            }}
            onCancel={close}
          />
        ) : (
          <>
            {' '}
            <button
              type="button"
              ref={change}
              className="link-button"
              aria-label={t('translate.words.changeWord', { zh: word.zh[0] })}
              onClick={() => setEditing(true)}
            >
              {t('translate.words.change')}
            </button>
          </>
        ))}
    </li>
  );
}

/** The box to write a word's rendering in: Save, Cancel, and Back to Homeward's (or Remove, for a helper's own word). */
function WordEditor({
  word,
  target,
  onSave,
  onCancel,
}: {
  word: Word;
  target: AppLanguage;
  onSave: (text: string | null) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState(word.text);
  const [problem, setProblem] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (text.trim() === '') return setProblem(t('translate.words.empty'));
    onSave(text);
  };
  return (
    <form className="word-editor" onSubmit={submit}>
      <label htmlFor={id}>
        <MarkedText text={t('translate.words.label', { zh: word.zh[0], language: t(`language.${target}`) })} />
      </label>
      <input
        id={id}
        value={text}
        maxLength={MAX_TEXT_LENGTH}
        autoFocus
        aria-invalid={problem !== ''}
        onChange={(e) => {
          setText(e.target.value);
          setProblem('');
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            onCancel();
          }
        }}
      />
      {problem && (
        <p role="alert" className="gentle-error small">
          {problem}
        </p>
      )}
      <div className="step-buttons">
        <button type="submit">{t('translate.words.save')}</button>
        <button type="button" onClick={onCancel}>
          {t('translate.words.cancel')}
        </button>
        {word.origin === 'changed' && (
          <button type="button" onClick={() => onSave(null)}>
            {t('translate.words.reset')}
          </button>
        )}
        {word.origin === 'own' && (
          <button type="button" onClick={() => onSave(null)}>
            {t('translate.words.remove')}
          </button>
        )}
      </div>
    </form>
  );
}

/** The words of the story's glossary found in one part's source, each with how it is written. */
export function PartWords({ story, target, words }: { story: Story; target: AppLanguage; words: readonly Word[] }) {
  const { t } = useTranslation();
  if (words.length === 0) return null;
  return (
    <ul className="translate-glossary small" aria-label={t('translate.glossary')}>
      {words.map((word) => (
        <WordRow key={word.id} story={story} target={target} word={word} />
      ))}
    </ul>
  );
}

/**
 * The helpers' own words for this story: the ones they changed and added, and a form to add one (a dialect
 * word, a name or place pinyin gets wrong, a word of the family's). Kept with the story; shown beside every
 * part that holds it.
 */
export function StoryWords({ story, target, words }: { story: Story; target: AppLanguage; words: readonly Word[] }) {
  const { t } = useTranslation();
  const zhId = useId();
  const textId = useId();
  const [zh, setZh] = useState('');
  const [text, setText] = useState('');
  const [said, setSaid] = useState('');
  const [problem, setProblem] = useState('');
  const zhBox = useRef<HTMLInputElement>(null);
  const save = useSaveWord(story, target);
  const theirs = words.filter((w) => w.origin === 'changed' || w.origin === 'own');
  const language = t(`language.${target}`);
  const add = (e: FormEvent) => {
    e.preventDefault();
    const word = zh.replace(/\s+/g, ' ').trim();
    if (word === '' || text.trim() === '') return setProblem(t('translate.words.empty'));
    // A word of the appeals' glossary is changed where it is, not added twice.
    const known = words.find((w) => w.origin !== 'checked' && w.zh.includes(word));
    save(known && known.origin !== 'own' ? known.id : ownWordId(word), word, text);
    setSaid(t('translate.words.added', { zh: word }));
    setZh('');
    setText('');
    zhBox.current?.focus();
  };
  return (
    <details className="translate-words part">
      <summary>
        <MarkedText text={t('translate.words.summary', { language })} />
      </summary>
      <p className="muted small">{t('translate.words.help')}</p>
      {theirs.length > 0 && (
        <ul className="translate-glossary small" aria-label={t('translate.words.theirs')}>
          {theirs.map((word) => (
            <WordRow key={word.id} story={story} target={target} word={word} />
          ))}
        </ul>
      )}
      <form onSubmit={add} aria-label={t('translate.words.addHeading')}>
        <div className="part">
          <label htmlFor={zhId}>{t('translate.words.zh')}</label>
          <input
            id={zhId}
            ref={zhBox}
            lang="zh-CN"
            value={zh}
            maxLength={MAX_WORD_LENGTH}
            onChange={(e) => {
              setZh(e.target.value);
              setProblem('');
              setSaid('');
            }}
          />
        </div>
        <div className="part">
          <label htmlFor={textId}>{t('translate.words.text', { language })}</label>
          <input
            id={textId}
            lang={target}
            value={text}
            maxLength={MAX_TEXT_LENGTH}
            onChange={(e) => {
              setText(e.target.value);
              setProblem('');
              setSaid('');
            }}
          />
        </div>
        {problem && (
          <p role="alert" className="gentle-error small">
            {problem}
          </p>
        )}
        <button type="submit">{t('translate.words.add')}</button>
        <p role="status" className="small">
          <MarkedText text={said} />
        </p>
      </form>
    </details>
  );
}

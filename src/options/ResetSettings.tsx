import { useEffect, useRef, useState } from 'preact/hooks';
import { useLanguage } from '../ui/language';
import { optionsWords } from './options-messages';

/** Props of {@link ResetSettings}. */
export interface ResetSettingsProps {
  onReset(): void;
}

/**
 * "Reset to defaults", asked twice: the first press shows what will be lost and a confirm
 * button, in the page (`window.confirm` blocks the page and cannot be styled or tested).
 * Focus goes to "Cancel", so a second Enter does not reset by accident.
 */
export function ResetSettings({ onReset }: ResetSettingsProps) {
  const tr = optionsWords(useLanguage());
  const [asking, setAsking] = useState(false);
  const cancel = useRef<HTMLButtonElement>(null);
  const start = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  useEffect(() => {
    if (asking) cancel.current?.focus();
    else if (wasAsking.current) start.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <button type="button" ref={start} onClick={() => setAsking(true)}>
        {tr.t('options.reset')}
      </button>
    );
  }
  return (
    <div class="confirm" role="group" aria-labelledby="reset-question">
      <p id="reset-question">{tr.t('options.resetQuestion')}</p>
      <button
        type="button"
        class="danger"
        onClick={() => {
          setAsking(false);
          onReset();
        }}
      >
        {tr.t('options.resetConfirm')}
      </button>{' '}
      <button type="button" ref={cancel} onClick={() => setAsking(false)}>
        {tr.t('options.cancel')}
      </button>
    </div>
  );
}

import { useEffect, useRef, useState } from 'preact/hooks';

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
        Reset to defaults
      </button>
    );
  }
  return (
    <div class="confirm" role="group" aria-labelledby="reset-question">
      <p id="reset-question">
        Reset every setting? Sites where highlighting is off will be highlighted again.
      </p>
      <button
        type="button"
        class="danger"
        onClick={() => {
          setAsking(false);
          onReset();
        }}
      >
        Reset
      </button>{' '}
      <button type="button" ref={cancel} onClick={() => setAsking(false)}>
        Cancel
      </button>
    </div>
  );
}

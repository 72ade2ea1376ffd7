import { useState } from 'preact/hooks';
import { HOVER_DELAY_RANGE } from '../settings/schema';
import { parseDelay } from './parse-delay';
import { useLanguage } from '../ui/language';
import { optionsWords } from './options-messages';

/** Props of {@link HoverDelayField}. */
export interface HoverDelayFieldProps {
  /** The stored delay, in ms. */
  value: number;
  /** Called with a valid delay only. */
  onCommit(ms: number): void;
}

const STEP = 50;

/**
 * A number field for the hover delay. What the reader types is kept as a draft and written when
 * committed (Enter, leaving the field, the arrows); a draft that is not a whole number in range
 * is flagged and never written. Without a draft the field follows the stored value, so a change
 * made elsewhere shows at once.
 */
export function HoverDelayField({ value, onCommit }: HoverDelayFieldProps) {
  const tr = optionsWords(useLanguage());
  const range = { min: HOVER_DELAY_RANGE.min, max: HOVER_DELAY_RANGE.max };
  const [draft, setDraft] = useState<string | null>(null);
  const [invalid, setInvalid] = useState(false);
  const commit = (text: string) => {
    const ms = parseDelay(text);
    setInvalid(ms === null);
    if (ms === null) return;
    setDraft(null);
    onCommit(ms);
  };
  return (
    <div class="field">
      <label for="hover-delay">{tr.t('options.delayLabel')}</label>
      <div class="field-row">
        <input
          id="hover-delay"
          type="number"
          inputMode="numeric"
          min={HOVER_DELAY_RANGE.min}
          max={HOVER_DELAY_RANGE.max}
          step={STEP}
          value={draft ?? String(value)}
          aria-invalid={invalid}
          aria-describedby="hover-delay-hint"
          onInput={(event) => setDraft(event.currentTarget.value)}
          onChange={(event) => commit(event.currentTarget.value)}
        />
        <span>{tr.t('options.milliseconds')}</span>
      </div>
      <p id="hover-delay-hint" class={invalid ? 'hint error' : 'hint'}>
        {invalid ? tr.t('options.delayInvalid', range) : tr.t('options.delayHint', range)}
      </p>
    </div>
  );
}

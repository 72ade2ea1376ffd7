import type { HighlightStyle } from '../highlight/highlight-names';

/** Props of {@link StyleChoice}. */
export interface StyleChoiceProps {
  value: HighlightStyle;
  onChange(style: HighlightStyle): void;
}

/** Every style, with the words the reader sees. */
export const STYLE_LABELS: readonly (readonly [HighlightStyle, string])[] = [
  ['background', 'Background colour'],
  ['underline', 'Underline'],
  ['both', 'Background colour and underline'],
];

/** Radio buttons for how mentions are painted. */
export function StyleChoice({ value, onChange }: StyleChoiceProps) {
  return (
    <fieldset>
      <legend>Highlight style</legend>
      {STYLE_LABELS.map(([style, label]) => (
        <label key={style} class="choice">
          <input
            type="radio"
            name="highlight-style"
            value={style}
            checked={value === style}
            onChange={() => onChange(style)}
          />
          {label}
        </label>
      ))}
    </fieldset>
  );
}

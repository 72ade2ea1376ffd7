import type { HighlightStyle } from '../highlight/highlight-names';
import { useLanguage } from '../ui/language';
import { RadioGroup } from '../ui/RadioGroup';
import { optionsWords } from './options-messages';

/** Props of {@link StyleChoice}. */
export interface StyleChoiceProps {
  value: HighlightStyle;
  onChange(style: HighlightStyle): void;
}

/** Every style, with the message that names it. */
export const STYLE_LABELS = [
  ['background', 'options.styleBackground'],
  ['underline', 'options.styleUnderline'],
  ['both', 'options.styleBoth'],
] as const satisfies readonly (readonly [HighlightStyle, string])[];

/** Radio buttons for how mentions are painted. */
export function StyleChoice({ value, onChange }: StyleChoiceProps) {
  const tr = optionsWords(useLanguage());
  return (
    <RadioGroup
      name="highlight-style"
      legend={tr.t('options.styleLegend')}
      choices={STYLE_LABELS.map(([style, label]) => ({ value: style, label: tr.t(label) }))}
      value={value}
      onChange={onChange}
    />
  );
}

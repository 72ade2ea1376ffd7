import type { ComponentChildren } from 'preact';

/** Props of {@link RadioGroup}. */
export interface RadioGroupProps<T extends string> {
  /** The inputs' shared `name` (one group per name on a page). */
  name: string;
  legend: ComponentChildren;
  /** Each choice in order, with what the reader reads beside its button. */
  choices: readonly { value: T; label: ComponentChildren }[];
  value: T;
  onChange(value: T): void;
  /** A note under the choices. */
  hint?: ComponentChildren;
}

/** A fieldset of radio buttons: one setting, one choice, its legend read with every button. */
export function RadioGroup<T extends string>({
  name,
  legend,
  choices,
  value,
  onChange,
  hint,
}: RadioGroupProps<T>) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {choices.map((choice) => (
        <label key={choice.value} class="choice">
          <input
            type="radio"
            name={name}
            value={choice.value}
            checked={value === choice.value}
            onChange={() => onChange(choice.value)}
          />
          {choice.label}
        </label>
      ))}
      {hint === undefined ? null : <p class="hint">{hint}</p>}
    </fieldset>
  );
}

import type { ComponentChildren } from 'preact';

/** Props of {@link Switch}. */
export interface SwitchProps {
  /** What the switch turns on, read as its accessible name. */
  label: ComponentChildren;
  checked: boolean;
  /** Called with the state the reader asked for. */
  onChange(checked: boolean): void;
  /** A line under the label, e.g. what "off" means here. */
  hint?: ComponentChildren;
}

/**
 * An on/off switch: a real checkbox with `role="switch"` inside its label, so clicking the text
 * toggles it, Space works, and screen readers announce "on"/"off" (WAI-ARIA APG, Switch).
 */
export function Switch({ label, checked, onChange, hint }: SwitchProps) {
  return (
    <label class="switch">
      <input
        type="checkbox"
        role="switch"
        checked={checked}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <span class="switch-text">
        <span class="switch-label">{label}</span>
        {hint && <span class="switch-hint">{hint}</span>}
      </span>
    </label>
  );
}

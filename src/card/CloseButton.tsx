import { trusted } from './trusted-input';

/** The × of the card and of the Undo notice: named for screen readers, real clicks only. */
export function CloseButton(props: { label: string; onClose: () => void }) {
  return (
    <button type="button" class="close" aria-label={props.label} onClick={trusted(props.onClose)}>
      ×
    </button>
  );
}

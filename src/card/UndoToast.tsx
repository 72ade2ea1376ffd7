import type { UiLanguage } from '../i18n/languages';
import { cardWords } from './card-messages';
import { CloseButton } from './CloseButton';
import { trusted } from './trusted-input';

/** Props of {@link UndoToast}. */
export interface UndoToastProps {
  /**
   * What happened, in a live region that is in the page before its words are: screen readers
   * announce a change of a status region, not one that arrives already filled.
   */
  message: string;
  /** The language of the notice's words. */
  language: UiLanguage;
  /** False once undone (or while undoing): the button goes. */
  canUndo: boolean;
  onUndo: () => void;
  onDismiss: () => void;
}

/**
 * The small notice after a card's settings button: what changed, and Undo. Esc or × dismiss it;
 * it also goes by itself after a few seconds (undo-notice.ts). Props -> JSX only.
 */
export function UndoToast(props: UndoToastProps) {
  const words = cardWords(props.language);
  return (
    <div
      class="toast"
      role="group"
      aria-label={words.t('card.undo')}
      lang={props.language}
      dir="ltr"
      onKeyDown={trusted((event: KeyboardEvent) => {
        if (event.key === 'Escape') props.onDismiss();
      })}
    >
      <p class="toast-text" role="status">
        {props.message}
      </p>
      {props.canUndo && (
        <button type="button" class="undo" onClick={trusted(props.onUndo)}>
          {words.t('card.undo')}
        </button>
      )}
      <CloseButton label={words.t('card.dismiss')} onClose={props.onDismiss} />
    </div>
  );
}

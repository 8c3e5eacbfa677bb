import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../utils/ui/i18n';

/**
 * A button that asks before it acts: the question and the two answers appear in place (no modal
 * dialog to trap focus), and focus moves to the confirming button, then back.
 */
export function ConfirmButton({
  label,
  question,
  confirmLabel,
  onConfirm,
  disabled,
}: {
  label: string;
  question: string;
  confirmLabel: string;
  onConfirm: () => void;
  disabled?: boolean;
}) {
  const [asking, setAsking] = useState(false);
  const confirm = useRef<HTMLButtonElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const answered = useRef(false);
  useEffect(() => {
    if (asking) confirm.current?.focus();
    else if (answered.current) opener.current?.focus();
  }, [asking]);
  const close = () => {
    answered.current = true;
    setAsking(false);
  };
  if (!asking) {
    return (
      <button
        ref={opener}
        type="button"
        class="secondary"
        disabled={disabled}
        onClick={() => setAsking(true)}
      >
        {label}
      </button>
    );
  }
  return (
    <fieldset class="confirm">
      <legend>{question}</legend>
      <button
        ref={confirm}
        type="button"
        class="danger"
        onClick={() => {
          close();
          onConfirm();
        }}
      >
        {confirmLabel}
      </button>{' '}
      <button type="button" class="secondary" onClick={close}>
        {t('optCancel')}
      </button>
    </fieldset>
  );
}

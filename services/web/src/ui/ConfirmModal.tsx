import { Button, type ButtonProps } from '@codegouvfr/react-dsfr/Button';
import type { FrIconClassName } from '@codegouvfr/react-dsfr/fr/generatedFromCss/classNames';
import { createModal } from '@codegouvfr/react-dsfr/Modal';
import { useId, useMemo, type ReactNode } from 'react';

/**
 * A button that opens a DSFR modal asking to confirm: the action runs only from the modal's own
 * button, which `confirm` labels with what will happen ("Supprimer le brouillon").
 */
export function useConfirmModal() {
  const id = `confirmation-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  return useMemo(() => createModal({ id, isOpenedByDefault: false }), [id]);
}

export function ConfirmAction({
  trigger,
  triggerProps = {},
  title,
  confirm,
  onConfirm,
  children,
  busy = false,
  keepOpen = false,
}: {
  trigger: string;
  triggerProps?: { priority?: ButtonProps.Common['priority']; iconId?: FrIconClassName };
  title: string;
  confirm: string;
  onConfirm: (close: () => void) => void;
  children: ReactNode;
  busy?: boolean;
  /** The action closes the modal itself (after a request that may fail and show why). */
  keepOpen?: boolean;
}) {
  const modal = useConfirmModal();
  return (
    <>
      {triggerProps.iconId ? (
        <Button
          priority={triggerProps.priority}
          iconId={triggerProps.iconId}
          nativeButtonProps={modal.buttonProps}
          type="button"
        >
          {trigger}
        </Button>
      ) : (
        <Button priority={triggerProps.priority} nativeButtonProps={modal.buttonProps} type="button">
          {trigger}
        </Button>
      )}
      <modal.Component
        title={title}
        titleAs="h2"
        buttons={[
          { children: 'Annuler', priority: 'secondary', type: 'button' },
          {
            children: confirm,
            type: 'button',
            disabled: busy,
            doClosesModal: !keepOpen,
            onClick: () => onConfirm(() => modal.close()),
          },
        ]}
      >
        {children}
      </modal.Component>
    </>
  );
}

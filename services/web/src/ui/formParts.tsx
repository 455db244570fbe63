import type { ReactNode } from 'react';

type State = 'default' | 'error';

/** A DSFR field's state from the reason it is refused (next to the field), if any. */
export const errorProps = (reason: string | undefined): { state: State; stateRelatedMessage?: string } =>
  reason ? { state: 'error', stateRelatedMessage: reason } : { state: 'default' };

/** A titled group of a form's fields. */
export function Section({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="fr-fieldset fr-mb-4w">
      <legend className="fr-fieldset__legend fr-h5">{legend}</legend>
      <div className="fr-fieldset__content" style={{ width: '100%' }}>
        {children}
      </div>
    </fieldset>
  );
}

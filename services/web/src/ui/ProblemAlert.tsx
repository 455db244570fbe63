import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { useEffect, useRef } from 'react';
import { ApiProblem, fieldErrorsOf } from '../api/problem';

/**
 * The API's title and detail in one DSFR alert, with the field reasons that no input of the form
 * shows (`shownFields`: the paths the form's inputs display next to themselves). Focus moves to
 * it, so that a keyboard or screen reader user hears what went wrong.
 */
export function ProblemAlert({ error, shownFields = [] }: { error: unknown; shownFields?: readonly string[] }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (error) ref.current?.focus();
  }, [error]);
  if (!error) return null;
  const problem =
    error instanceof ApiProblem
      ? error.problem
      : { title: 'Une erreur est survenue', detail: 'Réessayez dans un instant.', errors: [] };
  const fields = fieldErrorsOf(error);
  const others = Object.entries(fields).filter(
    ([field]) => !shownFields.some((shown) => field === shown || field.startsWith(`${shown}.`)),
  );
  const inForm = Object.keys(fields).length - others.length;
  return (
    <div ref={ref} tabIndex={-1} className="fr-mb-4w">
      <Alert
        severity="error"
        title={problem.title}
        description={
          <>
            {problem.detail && <p>{problem.detail}</p>}
            {inForm > 0 && <p>{inForm === 1 ? 'Un champ est à corriger.' : `${inForm} champs sont à corriger.`}</p>}
            {others.length > 0 && (
              <ul>
                {others.map(([field, reason]) => (
                  <li key={field}>
                    {field} : {reason}
                  </li>
                ))}
              </ul>
            )}
          </>
        }
      />
    </div>
  );
}

import { Button } from '@codegouvfr/react-dsfr/Button';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { isProblem } from '../api/problem';
import { Loading, Page } from './Page';
import { ProblemAlert } from './ProblemAlert';

export function NotFoundPage({ what }: { what?: string }) {
  return (
    <Page title="Page introuvable">
      <p className="fr-text--lead">
        {what
          ? `${what} n’existe pas, n’existe plus, ou n’est pas visible depuis votre compte.`
          : 'La page que vous cherchez est introuvable. Excusez-nous pour la gêne occasionnée.'}
      </p>
      <p>
        Si vous avez tapé l’adresse dans le navigateur, vérifiez qu’elle est correcte. Si vous avez suivi un lien, il a
        peut-être expiré.
      </p>
      <Button linkProps={{ to: '/' }}>Retour à l’accueil</Button>
    </Page>
  );
}

export function ForbiddenPage({ detail }: { detail?: string }) {
  return (
    <Page title="Accès refusé">
      <p className="fr-text--lead">{detail ?? 'Votre compte ne donne pas accès à cette page.'}</p>
      <p>Si vous pensez que c’est une erreur, contactez l’administrateur de votre organisation.</p>
      <Button linkProps={{ to: '/' }}>Retour à l’accueil</Button>
    </Page>
  );
}

/** The page for a failed load: 404 and 403 in French words, anything else with the API's problem. */
export function ErrorPage({ error, what }: { error: unknown; what?: string }) {
  if (isProblem(error, 404)) return <NotFoundPage {...(what ? { what } : {})} />;
  if (isProblem(error, 403))
    return <ForbiddenPage {...(error.problem.detail ? { detail: error.problem.detail } : {})} />;
  return (
    <Page title="Une erreur est survenue">
      <ProblemAlert error={error} />
      <Button onClick={() => window.location.reload()}>Recharger la page</Button>
    </Page>
  );
}

/** Loading, then the page for its data, or the error page: never a blank screen. */
export function Loaded<T>({
  query,
  what,
  children,
}: {
  query: UseQueryResult<T>;
  what?: string;
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorPage error={query.error} {...(what ? { what } : {})} />;
  return <>{children(query.data)}</>;
}

import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import type { UserRole } from '../ui/labels';
import { ErrorPage, ForbiddenPage } from '../ui/ErrorPages';
import { Loading } from '../ui/Page';
import { useMe } from './queries';
import { useSession } from './SessionProvider';

/** Pages behind sign-in: a visitor goes to /connexion and comes back here once signed in. */
export function RequireSession() {
  const { status } = useSession();
  const location = useLocation();
  if (status === 'restoring') return <Loading what="votre session" />;
  if (status === 'signed-out') {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/connexion?suite=${encodeURIComponent(next)}`} replace />;
  }
  return <Outlet />;
}

const spaceOf: Record<UserRole, string> = {
  employer: 'aux employeurs',
  adviser: 'aux conseillers des structures d’insertion',
  admin: 'aux administrateurs du territoire',
};

function forbiddenDetail(roles: readonly UserRole[]): string {
  return `Cette page est réservée ${roles.map((role) => spaceOf[role]).join(' et ')}.`;
}

/** The pages of some roles only: anyone else gets the French "accès refusé" page (and the API refuses anyway). */
export function RequireRole({ roles }: { roles: readonly UserRole[] }) {
  const me = useMe();
  if (me.isPending) return <Loading what="votre compte" />;
  if (me.isError) return <ErrorPage error={me.error} />;
  if (!roles.includes(me.data.user.role)) return <ForbiddenPage detail={forbiddenDetail(roles)} />;
  return <Outlet />;
}

/** One address, the page of the signed-in user's role (an offer's page is the employer's or the adviser's). */
export function ByRole(pages: Partial<Record<UserRole, ReactNode>>) {
  const me = useMe();
  if (me.isPending) return <Loading what="votre compte" />;
  if (me.isError) return <ErrorPage error={me.error} />;
  const page = pages[me.data.user.role];
  if (page === undefined) {
    return <ForbiddenPage detail={forbiddenDetail(Object.keys(pages) as UserRole[])} />;
  }
  return <>{page}</>;
}

export const homeOf: Record<UserRole, string> = {
  employer: '/offres',
  adviser: '/personnes',
  admin: '/administration',
};

/** Where a signed-in user starts. */
export function HomeRedirect() {
  const me = useMe();
  if (me.isPending) return <Loading what="votre compte" />;
  if (me.isError) return <ErrorPage error={me.error} />;
  return <Navigate to={homeOf[me.data.user.role]} replace />;
}

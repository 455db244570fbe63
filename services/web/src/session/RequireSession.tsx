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

export function RequireRole({ roles }: { roles: readonly UserRole[] }) {
  const me = useMe();
  if (me.isPending) return <Loading what="votre compte" />;
  if (me.isError) return <ErrorPage error={me.error} />;
  if (!roles.includes(me.data.user.role)) {
    return <ForbiddenPage detail="Cet espace est réservé aux employeurs. L’espace des conseillers arrive bientôt." />;
  }
  return <Outlet />;
}

/** Where a signed-in user starts. */
export function HomeRedirect() {
  const me = useMe();
  if (me.isPending) return <Loading what="votre compte" />;
  if (me.isError) return <ErrorPage error={me.error} />;
  return <Navigate to={me.data.user.role === 'employer' ? '/offres' : '/notifications'} replace />;
}

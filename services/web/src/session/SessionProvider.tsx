import { useQueryClient } from '@tanstack/react-query';
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { onSessionEnd, refreshSession, signIn, signOut } from '../api/client';
import { unwrap } from '../api/problem';
import { meQuery } from './queries';

type Status = 'restoring' | 'signed-in' | 'signed-out';

interface Session {
  status: Status;
  signIn(credentials: { email: string; password: string }): Promise<void>;
  signOut(): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

/**
 * The browser's session: at start the refresh cookie (if any) brings the access token back, so
 * that a reload keeps the user signed in; when a refresh is refused, everything cached goes.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<Status>('restoring');

  useEffect(() => {
    let live = true;
    void (async () => {
      const restored =
        (await refreshSession()) &&
        (await queryClient.fetchQuery(meQuery).then(
          () => true,
          () => false,
        ));
      if (live) setStatus(restored ? 'signed-in' : 'signed-out');
    })();
    const stop = onSessionEnd(() => {
      queryClient.clear();
      setStatus('signed-out');
    });
    return () => {
      live = false;
      stop();
    };
  }, [queryClient]);

  const session = useMemo<Session>(
    () => ({
      status,
      async signIn(credentials) {
        await unwrap(signIn(credentials));
        await queryClient.fetchQuery(meQuery);
        setStatus('signed-in');
      },
      signOut,
    }),
    [status, queryClient],
  );
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

import { startReactDsfr } from '@codegouvfr/react-dsfr/spa';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Link, RouterProvider } from 'react-router';
import { isProblem } from './api/problem';
import { router } from './routes';
import { SessionProvider } from './session/SessionProvider';
import './ui/app.css';

declare module '@codegouvfr/react-dsfr/spa' {
  interface RegisterLink {
    Link: typeof Link;
  }
}

// The front's composition root: the DSFR (its JS, colour scheme and links), server state, session, routes.
startReactDsfr({ defaultColorScheme: 'system', Link });

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 15_000,
      // A refused request (4xx) gives the same answer again; a network failure may not.
      retry: (failures, error) => failures < 2 && !isProblem(error, 400, 401, 403, 404, 409, 429),
    },
  },
});

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <SessionProvider>
        <RouterProvider router={router} />
      </SessionProvider>
    </QueryClientProvider>
  </StrictMode>,
);

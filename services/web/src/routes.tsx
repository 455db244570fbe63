import { createBrowserRouter } from 'react-router';
import { AccountPage } from './accounts/AccountPage';
import { ForgotPasswordPage } from './accounts/ForgotPasswordPage';
import { InvitationPage } from './accounts/InvitationPage';
import { ResetPasswordPage } from './accounts/ResetPasswordPage';
import { NotificationsPage } from './notifications/NotificationsPage';
import { PreferencesPage } from './notifications/PreferencesPage';
import { MyOffersPage } from './offers/MyOffersPage';
import { OfferFormPage } from './offers/OfferFormPage';
import { OfferPage } from './offers/OfferPage';
import { OrganizationPage } from './organization/OrganizationPage';
import { MatchPage } from './proposals/MatchPage';
import { ProposalsPage } from './proposals/ProposalsPage';
import { LoginPage } from './session/LoginPage';
import { HomeRedirect, RequireRole, RequireSession } from './session/RequireSession';
import { NotFoundPage } from './ui/ErrorPages';
import { Layout } from './ui/Layout';

/**
 * The app's addresses, in French. E-mails and in-app notifications link to them, so they are a
 * contract: change one only with the messages that carry it.
 */
export const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { path: '/connexion', element: <LoginPage /> },
      { path: '/invitation/:token', element: <InvitationPage /> },
      { path: '/mot-de-passe-oublie', element: <ForgotPasswordPage /> },
      { path: '/reinitialiser-mot-de-passe/:token', element: <ResetPasswordPage /> },
      {
        element: <RequireSession />,
        children: [
          { path: '/', element: <HomeRedirect /> },
          { path: '/notifications', element: <NotificationsPage /> },
          { path: '/preferences', element: <PreferencesPage /> },
          { path: '/compte', element: <AccountPage /> },
          {
            element: <RequireRole roles={['employer']} />,
            children: [
              { path: '/offres', element: <MyOffersPage /> },
              { path: '/offres/nouvelle', element: <OfferFormPage /> },
              { path: '/offres/:id', element: <OfferPage /> },
              { path: '/offres/:id/modifier', element: <OfferFormPage /> },
              { path: '/offres/:id/propositions', element: <ProposalsPage /> },
              { path: '/mises-en-relation/:id', element: <MatchPage /> },
              { path: '/organisation', element: <OrganizationPage /> },
            ],
          },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

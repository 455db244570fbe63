import { createBrowserRouter } from 'react-router';
import { AccountPage } from './accounts/AccountPage';
import { ForgotPasswordPage } from './accounts/ForgotPasswordPage';
import { InvitationPage } from './accounts/InvitationPage';
import { ResetPasswordPage } from './accounts/ResetPasswordPage';
import { AdminOrganizationPage } from './administration/AdminOrganizationPage';
import { DeliveriesPage } from './administration/DeliveriesPage';
import { OrganizationsPage } from './administration/OrganizationsPage';
import { AdviserOfferPage } from './adviserOffers/AdviserOfferPage';
import { OfferSearchPage } from './adviserOffers/OfferSearchPage';
import { PersonSuggestionsPage } from './adviserOffers/PersonSuggestionsPage';
import { AttendancePage } from './events/AttendancePage';
import { CampaignPage } from './events/CampaignPage';
import { EmployerEventPage } from './events/EmployerEventPage';
import { EventFormPage } from './events/EventFormPage';
import { EventPage } from './events/EventPage';
import { EventsPage } from './events/EventsPage';
import { NotificationsPage } from './notifications/NotificationsPage';
import { PreferencesPage } from './notifications/PreferencesPage';
import { MyOffersPage } from './offers/MyOffersPage';
import { OfferFormPage } from './offers/OfferFormPage';
import { OfferPage } from './offers/OfferPage';
import { OrganizationPage } from './organization/OrganizationPage';
import { PersonFormPage } from './people/PersonFormPage';
import { PersonPage } from './people/PersonPage';
import { PeoplePage } from './people/PeoplePage';
import { AdviserMatchPage } from './pipeline/AdviserMatchPage';
import { PipelinePage } from './pipeline/PipelinePage';
import { MatchPage } from './proposals/MatchPage';
import { ProposalsPage } from './proposals/ProposalsPage';
import { ConventionPage } from './reporting/ConventionPage';
import { ConventionsPage } from './reporting/ConventionsPage';
import { DashboardPage } from './reporting/DashboardPage';
import { RsvpPage } from './rsvp/RsvpPage';
import { LoginPage } from './session/LoginPage';
import { ByRole, HomeRedirect, RequireRole, RequireSession } from './session/RequireSession';
import { NotFoundPage } from './ui/ErrorPages';
import { Layout } from './ui/Layout';

/**
 * The app's addresses, in French. E-mails and in-app notifications link to them
 * (shared/domain/notifications/appLinks.ts), so they are a contract: change one only with the
 * messages that carry it. An offer and a match have one address for everyone; the page behind it
 * is the employer's or the adviser's.
 */
export const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { path: '/connexion', element: <LoginPage /> },
      { path: '/invitation/:token', element: <InvitationPage /> },
      { path: '/mot-de-passe-oublie', element: <ForgotPasswordPage /> },
      { path: '/reinitialiser-mot-de-passe/:token', element: <ResetPasswordPage /> },
      { path: '/reponse/:token', element: <RsvpPage /> },
      {
        element: <RequireSession />,
        children: [
          { path: '/', element: <HomeRedirect /> },
          { path: '/notifications', element: <NotificationsPage /> },
          { path: '/preferences', element: <PreferencesPage /> },
          { path: '/compte', element: <AccountPage /> },
          { path: '/tableau-de-bord', element: <DashboardPage /> },
          { path: '/conventions', element: <ConventionsPage /> },
          { path: '/conventions/:id', element: <ConventionPage /> },
          { path: '/evenements', element: <EventsPage /> },
          {
            path: '/evenements/:id',
            element: <ByRole employer={<EmployerEventPage />} adviser={<EventPage />} admin={<EventPage />} />,
          },
          {
            element: <RequireRole roles={['adviser', 'admin']} />,
            children: [
              { path: '/evenements/nouveau', element: <EventFormPage /> },
              { path: '/evenements/:id/modifier', element: <EventFormPage /> },
              { path: '/evenements/:id/emargement', element: <AttendancePage /> },
              { path: '/evenements/campagnes/:id', element: <CampaignPage /> },
            ],
          },
          { path: '/offres', element: <ByRole employer={<MyOffersPage />} adviser={<OfferSearchPage />} /> },
          { path: '/offres/:id', element: <ByRole employer={<OfferPage />} adviser={<AdviserOfferPage />} /> },
          {
            path: '/mises-en-relation/:id',
            element: <ByRole employer={<MatchPage />} adviser={<AdviserMatchPage />} />,
          },
          {
            element: <RequireRole roles={['employer']} />,
            children: [
              { path: '/offres/nouvelle', element: <OfferFormPage /> },
              { path: '/offres/:id/modifier', element: <OfferFormPage /> },
              { path: '/offres/:id/propositions', element: <ProposalsPage /> },
            ],
          },
          {
            element: <RequireRole roles={['employer', 'adviser']} />,
            children: [{ path: '/organisation', element: <OrganizationPage /> }],
          },
          {
            element: <RequireRole roles={['adviser']} />,
            children: [
              { path: '/personnes', element: <PeoplePage /> },
              { path: '/personnes/nouvelle', element: <PersonFormPage /> },
              { path: '/personnes/:id', element: <PersonPage /> },
              { path: '/personnes/:id/suggestions', element: <PersonSuggestionsPage /> },
              { path: '/offres/:id/suggestions', element: <AdviserOfferPage /> },
              { path: '/suivi', element: <PipelinePage /> },
            ],
          },
          {
            element: <RequireRole roles={['admin']} />,
            children: [
              { path: '/administration', element: <OrganizationsPage /> },
              { path: '/administration/organisations/:id', element: <AdminOrganizationPage /> },
              { path: '/administration/envois', element: <DeliveriesPage /> },
            ],
          },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

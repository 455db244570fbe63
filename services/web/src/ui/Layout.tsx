import { Footer } from '@codegouvfr/react-dsfr/Footer';
import { Header, type HeaderProps } from '@codegouvfr/react-dsfr/Header';
import { SkipLinks } from '@codegouvfr/react-dsfr/SkipLinks';
import { Outlet, useLocation } from 'react-router';
import { useUnreadCount } from '../notifications/queries';
import { useMe } from '../session/queries';
import { useSession } from '../session/SessionProvider';
import { navigationFor } from './navigation';

const brandTop = (
  <>
    République
    <br />
    Française
  </>
);

function unreadText(count: number | undefined) {
  if (!count) return 'Notifications';
  return (
    <>
      Notifications{' '}
      <span className="fr-badge fr-badge--sm fr-badge--info fr-ml-1v">
        {count > 99 ? '99+' : count}
        <span className="fr-sr-only">{count === 1 ? ' non lue' : ' non lues'}</span>
      </span>
    </>
  );
}

/** The frame of every page: skip links, the DSFR header and footer, the main landmark. */
export function Layout() {
  const session = useSession();
  const signedIn = session.status === 'signed-in';
  const me = useMe(signedIn);
  const unread = useUnreadCount(signedIn);
  const { pathname } = useLocation();

  const quickAccessItems: HeaderProps.QuickAccessItem[] = signedIn
    ? [
        { iconId: 'fr-icon-notification-3-line', text: unreadText(unread.data), linkProps: { to: '/notifications' } },
        {
          iconId: 'fr-icon-account-circle-line',
          text: me.data?.user.displayName ?? 'Mon compte',
          linkProps: { to: '/compte' },
        },
        {
          iconId: 'fr-icon-logout-box-r-line',
          text: 'Se déconnecter',
          buttonProps: { onClick: () => void session.signOut(), type: 'button' },
        },
      ]
    : [{ iconId: 'fr-icon-lock-line', text: 'Se connecter', linkProps: { to: '/connexion' } }];

  const role = signedIn ? me.data?.user.role : undefined;
  const navigation = role ? navigationFor(role, pathname) : undefined;

  return (
    <>
      <SkipLinks
        links={[
          { label: 'Contenu', anchor: '#contenu' },
          ...(navigation ? [{ label: 'Menu', anchor: '#en-tete-main-navigation' }] : []),
          { label: 'Pied de page', anchor: '#pied-de-page' },
        ]}
      />
      <Header
        id="en-tete"
        brandTop={brandTop}
        homeLinkProps={{ to: '/', title: 'Accueil — Passerelle' }}
        serviceTitle="Passerelle"
        serviceTagline={me.data?.organization.name ?? 'L’emploi inclusif, de la suggestion au recrutement'}
        quickAccessItems={quickAccessItems}
        {...(navigation ? { navigation } : {})}
        classes={{ navbar: 'passerelle-navbar' }}
      />
      <main id="contenu" tabIndex={-1} className="fr-container fr-py-4w passerelle-main">
        <Outlet />
      </main>
      <Footer
        id="pied-de-page"
        accessibility="partially compliant"
        contentDescription="Passerelle met en relation les employeurs et les personnes accompagnées vers l’emploi par les conseillers des structures d’insertion du territoire."
        bottomItems={signedIn ? [{ text: 'Préférences de notification', linkProps: { to: '/preferences' } }] : []}
      />
    </>
  );
}

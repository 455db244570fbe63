import type { MainNavigationProps } from '@codegouvfr/react-dsfr/MainNavigation';
import type { UserRole } from './labels';

interface Section {
  text: string;
  to: string;
  /** The addresses under this section, for the active mark. */
  prefixes: string[];
}

const sectionsOf: Record<UserRole, Section[]> = {
  employer: [
    { text: 'Mes offres', to: '/offres', prefixes: ['/offres', '/mises-en-relation'] },
    { text: 'Événements', to: '/evenements', prefixes: ['/evenements'] },
    { text: 'Notifications', to: '/notifications', prefixes: ['/notifications'] },
    { text: 'Organisation', to: '/organisation', prefixes: ['/organisation'] },
    { text: 'Tableau de bord', to: '/tableau-de-bord', prefixes: ['/tableau-de-bord', '/conventions'] },
  ],
  adviser: [
    { text: 'Personnes suivies', to: '/personnes', prefixes: ['/personnes'] },
    { text: 'Offres', to: '/offres', prefixes: ['/offres'] },
    { text: 'Suivi des mises en relation', to: '/suivi', prefixes: ['/suivi', '/mises-en-relation'] },
    { text: 'Événements', to: '/evenements', prefixes: ['/evenements'] },
    { text: 'Notifications', to: '/notifications', prefixes: ['/notifications'] },
    { text: 'Tableau de bord', to: '/tableau-de-bord', prefixes: ['/tableau-de-bord', '/conventions'] },
  ],
  admin: [
    { text: 'Organisations', to: '/administration', prefixes: ['/administration/organisations'] },
    { text: 'Suivi des envois', to: '/administration/envois', prefixes: ['/administration/envois'] },
    { text: 'Événements', to: '/evenements', prefixes: ['/evenements'] },
    { text: 'Notifications', to: '/notifications', prefixes: ['/notifications'] },
    { text: 'Tableau de bord', to: '/tableau-de-bord', prefixes: ['/tableau-de-bord'] },
    { text: 'Conventions', to: '/conventions', prefixes: ['/conventions'] },
  ],
};

/** The header's menu of a role, with the section of the current page marked. */
export function navigationFor(role: UserRole, pathname: string): MainNavigationProps.Item[] {
  return sectionsOf[role].map((section) => ({
    text: section.text,
    linkProps: { to: section.to },
    isActive: pathname === section.to || section.prefixes.some((prefix) => pathname.startsWith(prefix)),
  }));
}

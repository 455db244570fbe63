/**
 * Where notifications lead: the web app's pages (services/web's router has the same paths), so
 * that a link in an e-mail or an in-app notification opens the right page, after sign-in if needed.
 */
export const appLinks = {
  match: (matchId: string) => `/mises-en-relation/${matchId}`,
  offer: (offerId: string) => `/offres/${offerId}`,
  offerSuggestions: (offerId: string) => `/offres/${offerId}/suggestions`,
  recruitmentEvent: (eventId: string) => `/evenements/${eventId}`,
  account: '/compte',
  notifications: '/notifications',
  preferences: '/preferences',
} as const;

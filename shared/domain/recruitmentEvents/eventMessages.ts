import { parisTime } from '../notifications/parisTime';
import type { EventPlace, RecruitmentEvent } from './recruitmentEvent';

/** Replaced, when the message is sent, by the person's own answer link (never stored). */
export const rsvpLinkPlaceholder = '{lien}';

const where = (place: EventPlace) =>
  place.online
    ? 'en ligne'
    : `${place.address ? `${place.address}, ` : ''}${place.commune.postalCode ?? ''} ${place.commune.name}`.replace(
        '  ',
        ' ',
      );

const employers = (event: RecruitmentEvent) => {
  const names = event.participants.filter((item) => item.status !== 'declined').map((item) => item.organizationName);
  return names.length > 0 ? ` Employeurs : ${names.join(', ')}.` : '';
};

export type EventMessageKind = 'invited' | 'promoted' | 'changed' | 'cancelled' | 'reminder_j2' | 'reminder_j1';

/** What the person reads (SMS, or e-mail without a mobile): what, when, where, who, and their link. */
export function eventMessage(kind: EventMessageKind, event: RecruitmentEvent): { title: string; body: string } {
  const what = `« ${event.title} » ${parisTime(event.startsAt)}, ${where(event.place)}`;
  switch (kind) {
    case 'invited':
      return {
        title: 'Vous êtes invité(e) à une rencontre emploi',
        body: `Passerelle : votre conseiller vous invite à ${what}.${employers(event)} Répondez ici : ${rsvpLinkPlaceholder}`,
      };
    case 'promoted':
      return {
        title: 'Une place s’est libérée : vous êtes inscrit(e)',
        body: `Passerelle : une place s’est libérée, vous êtes inscrit(e) à ${what}. Si vous ne pouvez plus venir : ${rsvpLinkPlaceholder}`,
      };
    case 'changed':
      return {
        title: 'Votre rencontre emploi a changé',
        body: `Passerelle : changement pour ${what}. Votre réponse : ${rsvpLinkPlaceholder}`,
      };
    case 'cancelled':
      return {
        title: 'Rencontre emploi annulée',
        body: `Passerelle : « ${event.title} » ${parisTime(event.startsAt)} est annulé. Votre conseiller vous recontacte.`,
      };
    case 'reminder_j2':
      return {
        title: 'Rappel : votre rencontre emploi dans deux jours',
        body: `Rappel Passerelle : ${what}. Empêché(e) ? ${rsvpLinkPlaceholder}`,
      };
    case 'reminder_j1':
      return {
        title: 'Rappel : votre rencontre emploi demain',
        body: `Rappel Passerelle : demain, ${what}. Empêché(e) ? ${rsvpLinkPlaceholder}`,
      };
  }
}

import type { DomainEvent } from '../../ports/DomainEvents';
import { reasonLabels, type ReasonCode } from '../pipeline/pipelineStates';
import { proposalExpiryDays } from '../pipeline/useCases/runPipelineTimeRules';
import { appLinks } from './appLinks';
import { parisTime } from './parisTime';

export interface NotificationMessage {
  title: string;
  body: string;
  /** Where the notification leads: a page of the web app (appLinks.ts). */
  link: string;
}

const stepTitles: Record<string, string> = {
  propose: 'Nouvelle candidature proposée',
  request_interview: 'Entretien demandé par l’employeur',
  schedule_interview: 'Entretien planifié',
  decline: 'Candidature déclinée',
  expire: 'Proposition expirée sans réponse',
  hire: 'Recrutement confirmé',
  record_not_hired: 'Candidature non retenue après entretien',
  record_no_show: 'Absence à l’entretien',
  withdraw: 'Candidature retirée par le conseiller',
  cancel: 'Mise en relation annulée',
};

/** French, for people; no personal data beyond the offer's title (notifications may be forwarded). */
export function notificationMessage(event: DomainEvent, offerTitle: string | null): NotificationMessage {
  const about = offerTitle ? ` — offre « ${offerTitle} »` : '';
  if (event.type === 'offer.new_suggestions') {
    return newSuggestionsMessage(String(event.data.offerId), offerTitle, Number(event.data.count));
  }
  if (event.type === 'recruitment_event.participation_requested') {
    return {
      title: 'Invitation à un événement de recrutement',
      body: `Vous êtes invité à participer à « ${String(event.data.eventTitle)} » ${parisTime(new Date(String(event.data.startsAt)))}. Indiquez si vous venez, et avec quelles offres.`,
      link: appLinks.recruitmentEvent(String(event.data.recruitmentEventId)),
    };
  }
  if (event.type === 'account.invited') {
    return {
      title: 'Votre accès à Passerelle',
      body: `Un compte vous attend dans Passerelle pour ${String(event.data.organizationName)}. Choisissez votre mot de passe avec le lien ci-dessous (valable 7 jours) ; votre adresse e-mail sera votre identifiant.`,
      link: '',
    };
  }
  if (event.type === 'account.password_reset_requested') {
    return {
      title: 'Réinitialisation de votre mot de passe',
      body: 'Vous avez demandé à choisir un nouveau mot de passe. Le lien ci-dessous est valable une heure ; vos sessions ouvertes seront fermées.',
      link: '',
    };
  }
  if (event.type === 'account.new_login') {
    return {
      title: 'Nouvelle connexion à votre compte',
      body: `Connexion ${parisTime(event.at)} (heure de Paris) depuis un appareil ou un navigateur que votre compte n’avait pas encore utilisé. Si ce n’était pas vous, changez votre mot de passe et prévenez l’administrateur de votre territoire.`,
      link: appLinks.account,
    };
  }
  if (event.type === 'account.password_changed') {
    return {
      title: 'Votre mot de passe a été modifié',
      body: `Mot de passe modifié ${parisTime(event.at)} (heure de Paris) ; vos sessions ouvertes ont été fermées. Si vous n’êtes pas à l’origine de ce changement, prévenez sans attendre l’administrateur de votre territoire.`,
      link: appLinks.account,
    };
  }
  if (event.type === 'match.reminder_due') {
    return {
      title: 'Une proposition attend votre réponse',
      body: `Proposée il y a ${event.data.daysWaiting} jours${about}. Sans réponse, elle expirera dans ${event.data.expiresInDays} jours.`,
      link: appLinks.match(String(event.data.matchId)),
    };
  }
  if (event.type === 'offer.expiry_reminder') {
    const days = Number(event.data.daysLeft);
    return {
      title: days <= 1 ? 'Votre offre se termine demain' : `Votre offre se termine dans ${days} jours`,
      body: `Prolongez-la ou clôturez-la${about}.`,
      link: appLinks.offer(String(event.data.offerId)),
    };
  }
  const action = String(event.data.action);
  const reason = event.data.reason ? reasonLabels[event.data.reason as ReasonCode] : null;
  const offerPart = offerTitle ? ` pour l’offre « ${offerTitle} »` : '';
  const bodies: Record<string, string> = {
    propose: `Un conseiller vous propose une personne${offerPart}. Répondez dans les ${proposalExpiryDays} jours : demande d’entretien ou refus motivé.`,
    request_interview: `L’employeur souhaite rencontrer la personne que vous suivez${offerPart}.`,
    schedule_interview: `Un entretien est planifié${offerPart}. Indiquez si la personne accepte de partager ses coordonnées.`,
  };
  return {
    title: stepTitles[action] ?? 'Mise en relation mise à jour',
    body: bodies[action] ?? `${reason ? `Motif : ${reason}` : 'Consultez le détail'}${about}.`,
    link: appLinks.match(String(event.data.matchId)),
  };
}

/** To an adviser: how many of the people they follow were newly suggested for an offer. */
export function newSuggestionsMessage(offerId: string, offerTitle: string | null, count: number): NotificationMessage {
  const offer = offerTitle ? `l’offre « ${offerTitle} »` : 'une offre';
  return {
    title: count > 1 ? `${count} nouvelles suggestions` : 'Nouvelle suggestion',
    body:
      count > 1
        ? `${count} personnes que vous suivez correspondent à ${offer}. Examinez-les avant de les proposer.`
        : `Une personne que vous suivez correspond à ${offer}. Examinez la suggestion avant de la proposer.`,
    link: appLinks.offerSuggestions(offerId),
  };
}

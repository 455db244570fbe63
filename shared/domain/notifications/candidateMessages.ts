import type { DomainEvent } from '../../ports/DomainEvents';
import type { Interview } from '../pipeline/match';
import { reasonLabels, type ReasonCode } from '../pipeline/pipelineStates';

import { parisTime as when } from './parisTime';

const where = (interview: Interview) => (interview.place ? `au ${interview.place}` : 'en visioconférence');

/**
 * What the person reads (SMS, or e-mail without a mobile): short, plain French, the offer's title,
 * and for interviews the when, where and whom. Null when the event tells them nothing.
 */
export function candidateMessage(
  event: DomainEvent,
  context: { offerTitle: string; interview: Interview | null },
): string | null {
  const offer = `« ${context.offerTitle} »`;
  const reason = event.data.shareReason && event.data.reason ? reasonLabels[event.data.reason as ReasonCode] : null;
  switch (event.data.action) {
    case 'request_interview':
      return `Passerelle : un employeur souhaite vous rencontrer pour l’offre ${offer}. Votre conseiller vous contacte pour fixer l’entretien.`;
    case 'schedule_interview':
      return context.interview
        ? `Passerelle : entretien ${when(context.interview.at)} ${where(context.interview)} avec ${context.interview.contactName}, pour l’offre ${offer}.`
        : null;
    case 'cancel':
      return `Passerelle : l’entretien pour l’offre ${offer} est annulé. Votre conseiller vous recontacte.`;
    case 'hire':
      return `Passerelle : félicitations, l’employeur confirme votre recrutement pour l’offre ${offer}.`;
    case 'decline':
    case 'record_not_hired':
    case 'expire':
    case 'record_no_show':
      return `Passerelle : votre candidature pour l’offre ${offer} n’a pas abouti${reason ? ` (${reason})` : ''}. Votre conseiller vous recontacte.`;
    default:
      return null;
  }
}

/**
 * The title of a message to the person: an e-mail's subject, and what their adviser reads in the
 * list of messages sent to them (several about one interview must not look alike).
 */
export function candidateMessageTitle(action: unknown, kind: 'step' | 'reminder' = 'step'): string {
  if (kind === 'reminder') return 'Rappel de votre entretien';
  switch (action) {
    case 'request_interview':
      return 'Un employeur souhaite vous rencontrer';
    case 'schedule_interview':
      return 'Votre convocation à un entretien';
    case 'cancel':
      return 'Votre entretien est annulé';
    case 'hire':
      return 'Votre recrutement';
    default:
      return 'Votre candidature';
  }
}

export function interviewReminder(context: { offerTitle: string; interview: Interview }): string {
  return `Rappel Passerelle : entretien ${when(context.interview.at)} ${where(context.interview)} avec ${context.interview.contactName}, pour l’offre « ${context.offerTitle} ».`;
}

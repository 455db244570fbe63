import type { components } from '../api/schema';

export type RsvpView = components['schemas']['RsvpView'];
export type RsvpAnswer = components['schemas']['RsvpAnswer']['answer'];

export interface RsvpMessage {
  severity: 'success' | 'info' | 'warning';
  title: string;
  description: string;
}

/**
 * What the person reads of their invitation, in plain words: their answer as recorded, why they can
 * no longer answer, and which answer they may still give (`offer`: the button to show).
 */
export interface RsvpOutcome {
  answer: RsvpMessage | null;
  closed: RsvpMessage | null;
  question: string | null;
  /** A word under the question: what the answer changes. */
  hint: string | null;
  offer: readonly RsvpAnswer[];
}

type ClosedReason = 'cancelled' | 'past' | 'deadline';

function closedReason(view: RsvpView, now: Date): ClosedReason {
  if (view.event.status === 'cancelled') return 'cancelled';
  if (view.event.status === 'held' || view.event.status === 'closed') return 'past';
  return new Date(view.event.startsAt).getTime() <= now.getTime() ? 'past' : 'deadline';
}

const answers: Partial<Record<RsvpView['status'], RsvpMessage>> = {
  registered: {
    severity: 'success',
    title: 'Vous êtes inscrit(e)',
    description: 'Nous vous attendons. Pensez à venir avec votre CV si vous en avez un.',
  },
  waitlisted: {
    severity: 'info',
    title: 'Vous êtes sur liste d’attente',
    description: 'Toutes les places sont prises pour l’instant : vous serez prévenu(e) si une place se libère.',
  },
  declined: {
    severity: 'info',
    title: 'Votre réponse est enregistrée',
    description: 'Vous avez répondu que vous ne venez pas. Merci de nous avoir prévenus.',
  },
  attended: {
    severity: 'success',
    title: 'Merci d’être venu(e)',
    description: 'Votre conseiller vous aide pour la suite.',
  },
  no_show: {
    severity: 'info',
    title: 'Vous n’avez pas pu venir',
    description: 'Ce n’est pas grave : votre conseiller peut vous proposer d’autres rencontres.',
  },
};

const closings: Record<ClosedReason, (status: RsvpView['status']) => RsvpMessage> = {
  cancelled: () => ({
    severity: 'warning',
    title: 'Cet événement est annulé',
    description: 'Nous sommes désolés. Votre conseiller vous recontactera pour vous proposer autre chose.',
  }),
  past: () => ({
    severity: 'info',
    title: 'Cet événement est passé',
    description: 'Il n’est plus possible de répondre. Votre conseiller peut vous proposer d’autres rencontres.',
  }),
  deadline: (status) => ({
    severity: 'info',
    title: 'Les réponses sont closes',
    description:
      status === 'registered'
        ? 'La date limite pour répondre est passée. Si vous ne pouvez plus venir, prévenez votre conseiller.'
        : 'La date limite pour répondre est passée. Pour toute question, contactez votre conseiller.',
  }),
};

export function rsvpOutcome(view: RsvpView, now: Date = new Date()): RsvpOutcome {
  const answer = answers[view.status] ?? null;
  const finished = view.status === 'attended' || view.status === 'no_show';
  if (!view.open) {
    return {
      answer,
      closed: finished ? null : closings[closedReason(view, now)](view.status),
      question: null,
      hint: null,
      offer: [],
    };
  }
  switch (view.status) {
    case 'registered':
      return {
        answer,
        closed: null,
        question: 'Vous ne pouvez plus venir ?',
        hint: 'Dites-le-nous : votre place ira à une autre personne.',
        offer: ['no'],
      };
    case 'waitlisted':
      return { answer, closed: null, question: 'Vous ne souhaitez plus venir ?', hint: null, offer: ['no'] };
    case 'declined':
      return {
        answer,
        closed: null,
        question: 'Vous changez d’avis ?',
        hint: 'Vous pouvez encore vous inscrire.',
        offer: ['yes'],
      };
    default:
      return { answer, closed: null, question: 'Venez-vous ?', hint: null, offer: finished ? [] : ['yes', 'no'] };
  }
}

import type { components } from '../api/schema';

export type RecruitmentEvent = components['schemas']['RecruitmentEvent'];
export type Participation = RecruitmentEvent['participants'][number];
export type MetPerson = components['schemas']['EventMetPeople']['items'][number];

/** An event's state as the employer asked to it reads it. */
export const employerEventStatusLabels: Record<RecruitmentEvent['status'], string> = {
  draft: 'En préparation',
  published: 'À venir',
  held: 'Terminé',
  closed: 'Clôturé',
  cancelled: 'Annulé',
};

export const employerEventStatusSeverity: Record<
  RecruitmentEvent['status'],
  'new' | 'info' | 'success' | 'error' | undefined
> = {
  draft: 'new',
  published: 'info',
  held: 'success',
  closed: undefined,
  cancelled: 'error',
};

export const participationStatusLabels: Record<Participation['status'], string> = {
  asked: 'Réponse attendue',
  accepted: 'Vous participez',
  declined: 'Vous avez décliné',
};

export const participationStatusSeverity: Record<Participation['status'], 'new' | 'success' | undefined> = {
  asked: 'new',
  accepted: 'success',
  declined: undefined,
};

/** The caller's own line among the employers asked (the API shows an employer only the events it is asked to). */
export function ownParticipation(event: RecruitmentEvent, organizationId: string): Participation | null {
  return event.participants.find((item) => item.organizationId === organizationId) ?? null;
}

/** Before the event only: once it has begun, held, closed or cancelled, there is nothing left to answer. */
export function participationOpen(event: RecruitmentEvent, now: Date = new Date()): boolean {
  return (event.status === 'draft' || event.status === 'published') && new Date(event.startsAt) > now;
}

/** After the event: the employer meets again those it saw there. */
export function eventIsOver(event: RecruitmentEvent): boolean {
  return event.status === 'held' || event.status === 'closed';
}

const plural = (count: number, one: string, many: string) => (count > 1 ? many : one);

/** « 3 personnes inscrites sur 10 places, 2 sur liste d’attente ». */
export function placesText(event: Pick<RecruitmentEvent, 'registered' | 'capacity' | 'waitlisted'>): string {
  const registered = `${event.registered} ${plural(event.registered, 'personne inscrite', 'personnes inscrites')}`;
  const places = `sur ${event.capacity} ${plural(event.capacity, 'place', 'places')}`;
  return event.waitlisted > 0
    ? `${registered} ${places}, ${event.waitlisted} sur liste d’attente`
    : `${registered} ${places}`;
}

/** The offers a person met could be interviewed for: those they fit, else every offer the employer brought. */
export function interviewOffers(person: MetPerson, brought: readonly string[]): string[] {
  return person.offerIds.length > 0 ? person.offerIds : [...brought];
}

/**
 * The French words for the recruitment events' codes, for the organisers’ pages and the
 * employer’s page alike (hence « shared »), with the types the API gives.
 */
import { recruitmentEventKindLabels } from '../../../../shared/domain/recruitmentEvents/recruitmentEvent';
import type { components } from '../api/schema';

type Schemas = components['schemas'];
export type RecruitmentEvent = Schemas['RecruitmentEvent'];
export type EventKind = RecruitmentEvent['kind'];
export type EventStatus = RecruitmentEvent['status'];
export type EventPlace = RecruitmentEvent['place'];
export type ParticipationStatus = RecruitmentEvent['participants'][number]['status'];
export type InvitationStatus = Schemas['EventAttendance']['items'][number]['status'];
export type EventFigures = Schemas['EventFigures'];

/** The domain's words, as its messages say them. */
export const eventKindLabels: Record<EventKind, string> = recruitmentEventKindLabels;

export const eventStatusLabels: Record<EventStatus, string> = {
  draft: 'Brouillon',
  published: 'Publié',
  held: 'Tenu',
  closed: 'Clôturé',
  cancelled: 'Annulé',
};

export const eventStatusSeverity: Record<EventStatus, 'new' | 'success' | 'info' | 'warning' | 'error' | undefined> = {
  draft: 'new',
  published: 'success',
  held: 'info',
  closed: undefined,
  cancelled: 'error',
};

export const participationStatusLabels: Record<ParticipationStatus, string> = {
  asked: 'Sollicité, sans réponse',
  accepted: 'Participe',
  declined: 'Ne participe pas',
};

export const invitationStatusLabels: Record<InvitationStatus, string> = {
  invited: 'Invité(e), sans réponse',
  registered: 'Inscrit(e)',
  declined: 'Ne vient pas',
  waitlisted: 'Liste d’attente',
  attended: 'Présent(e)',
  no_show: 'Absent(e)',
};

/** The place in one line: « 12 rue de la Gare, 59000 Lille », or « En ligne ». */
export function placeText(place: EventPlace): string {
  if (place.online) return 'En ligne';
  const commune = place.commune.postalCode ? `${place.commune.postalCode} ${place.commune.name}` : place.commune.name;
  return place.address ? `${place.address}, ${commune}` : commune;
}

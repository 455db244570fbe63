import type { Sector } from '../../../../shared/domain/reference/sectors';
import { fromParisInput, toParisInput } from './parisTime';
import type { NewRecruitmentEvent, RecruitmentEventChanges } from './queries';
import type { EventKind, RecruitmentEvent } from './sharedLabels';

import { communeText, type ChosenCommune } from '../people/personForm';

export { communeText, type ChosenCommune };

/** An employer asked to take part: its offers known to the form (found by search), those chosen. */
export interface ParticipantValues {
  organizationId: string;
  /** Its name when known (the event's participants, the territory's organisations), else null. */
  name: string | null;
  offers: { id: string; title: string | null }[];
  offerIds: string[];
}

/** The event as its form holds it: text as typed, times as datetime-local inputs show them (Paris time). */
export interface EventFormValues {
  kind: EventKind;
  title: string;
  description: string;
  startsAt: string;
  endsAt: string;
  online: boolean;
  commune: ChosenCommune | null;
  communeText: string;
  address: string;
  url: string;
  sectors: Sector[];
  capacity: string;
  registrationDeadline: string;
  campaignId: string;
  participants: ParticipantValues[];
}

export const emptyEvent: EventFormValues = {
  kind: 'job_dating',
  title: '',
  description: '',
  startsAt: '',
  endsAt: '',
  online: false,
  commune: null,
  communeText: '',
  address: '',
  url: '',
  sectors: [],
  capacity: '30',
  registrationDeadline: '',
  campaignId: '',
  participants: [],
};

export function fromEvent(event: RecruitmentEvent): EventFormValues {
  const place = event.place;
  const commune = place.online
    ? null
    : { inseeCode: place.commune.inseeCode, name: place.commune.name, postalCode: place.commune.postalCode };
  return {
    kind: event.kind,
    title: event.title,
    description: event.description,
    startsAt: toParisInput(event.startsAt),
    endsAt: toParisInput(event.endsAt),
    online: place.online,
    commune,
    communeText: commune ? communeText(commune) : '',
    address: place.online ? '' : place.address,
    url: place.online ? (place.url ?? '') : '',
    sectors: event.sectors,
    capacity: String(event.capacity),
    registrationDeadline: toParisInput(event.registrationDeadline),
    campaignId: event.campaignId ?? '',
    participants: event.participants.map((participant) => ({
      organizationId: participant.organizationId,
      name: participant.organizationName,
      offers: participant.offerIds.map((id) => ({ id, title: null })),
      offerIds: participant.offerIds,
    })),
  };
}

/** A number as typed; what is not one goes to the API as it is, which names the field. */
const number = (text: string): number => (text.trim() === '' ? Number.NaN : Number(text.replace(',', '.')));

/**
 * What the form checks itself: the choices an autocomplete must make and what the inputs cannot
 * send as JSON (a time that is no time, a number that is none). The API checks everything else.
 */
export function checkForm(values: EventFormValues): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!fromParisInput(values.startsAt)) problems.startsAt = 'indiquez la date et l’heure du début';
  if (!fromParisInput(values.endsAt)) problems.endsAt = 'indiquez la date et l’heure de la fin';
  if (values.registrationDeadline.trim() !== '' && !fromParisInput(values.registrationDeadline)) {
    problems.registrationDeadline = 'indiquez une date et une heure, ou laissez vide';
  }
  if (!values.online && !values.commune) problems['place.commune'] = 'choisissez une commune dans la liste proposée';
  if (!Number.isFinite(number(values.capacity))) problems.capacity = 'indiquez un nombre de places';
  return problems;
}

function place(values: EventFormValues): NewRecruitmentEvent['place'] {
  if (values.online) return { online: true, url: values.url.trim() === '' ? null : values.url.trim() };
  if (!values.commune) throw new Error('toBody before the commune is chosen');
  return { online: false, commune: { inseeCode: values.commune.inseeCode }, address: values.address };
}

/** The instants, Paris time; without a deadline, people may answer until the event begins. */
function times(values: EventFormValues) {
  const startsAt = fromParisInput(values.startsAt) ?? '';
  return {
    startsAt,
    endsAt: fromParisInput(values.endsAt) ?? '',
    registrationDeadline: fromParisInput(values.registrationDeadline) ?? startsAt,
  };
}

const participants = (values: EventFormValues) =>
  values.participants.map((participant) => ({
    organizationId: participant.organizationId,
    offerIds: participant.offerIds,
  }));

export function toBody(values: EventFormValues): NewRecruitmentEvent {
  return {
    kind: values.kind,
    title: values.title,
    description: values.description,
    ...times(values),
    place: place(values),
    sectors: values.sectors,
    capacity: number(values.capacity),
    campaignId: values.campaignId || null,
    participants: participants(values),
  };
}

/**
 * Only what changed: a change of time or place is told to the people registered, so an unchanged
 * field is never sent (the kind and the campaign are not changed once the event exists).
 */
export function toChanges(initial: EventFormValues, values: EventFormValues): RecruitmentEventChanges {
  const before = toBody(initial);
  const after = toBody(values);
  const changes: RecruitmentEventChanges = {};
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  if (!same(before.title, after.title)) changes.title = after.title;
  if (!same(before.description, after.description)) changes.description = after.description;
  if (!same(before.startsAt, after.startsAt)) changes.startsAt = after.startsAt;
  if (!same(before.endsAt, after.endsAt)) changes.endsAt = after.endsAt;
  if (!same(before.place, after.place)) changes.place = after.place;
  if (!same(before.sectors, after.sectors)) changes.sectors = after.sectors;
  if (!same(before.capacity, after.capacity)) changes.capacity = after.capacity;
  if (!same(before.registrationDeadline, after.registrationDeadline)) {
    changes.registrationDeadline = after.registrationDeadline;
  }
  if (!same(before.participants, after.participants)) changes.participants = after.participants;
  return changes;
}

/** Adds an employer (found through one of its offers), or that offer to an employer already there. */
export function addOffer(
  list: readonly ParticipantValues[],
  offer: { id: string; title: string; organizationId: string },
): ParticipantValues[] {
  const existing = list.find((participant) => participant.organizationId === offer.organizationId);
  if (!existing) {
    return [...list, { organizationId: offer.organizationId, name: null, offers: [offer], offerIds: [offer.id] }];
  }
  return list.map((participant) =>
    participant.organizationId !== offer.organizationId
      ? participant
      : {
          ...participant,
          offers: participant.offers.some((known) => known.id === offer.id)
            ? participant.offers.map((known) => (known.id === offer.id ? { id: offer.id, title: offer.title } : known))
            : [...participant.offers, { id: offer.id, title: offer.title }],
          offerIds: participant.offerIds.includes(offer.id)
            ? participant.offerIds
            : [...participant.offerIds, offer.id],
        },
  );
}

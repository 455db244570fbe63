import type { components } from '../api/schema';

export type EventPlace = components['schemas']['EventPlace'];

/**
 * How an event's time and place read for the person invited: in Paris time whatever the phone's
 * zone (the messages say so too: shared/domain/notifications/parisTime.ts), in whole words
 * (« mardi 12 janvier, de 9 h 30 à 12 h »), as the SMS that brought them here.
 */
const zone = 'Europe/Paris';
const dayFormat = new Intl.DateTimeFormat('fr-FR', { timeZone: zone, weekday: 'long', day: 'numeric', month: 'long' });
const yearFormat = new Intl.DateTimeFormat('fr-FR', { timeZone: zone, year: 'numeric' });
const clockFormat = new Intl.DateTimeFormat('fr-FR', {
  timeZone: zone,
  hour: 'numeric',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** « mardi 12 janvier », with the year when it is not this year's. */
export function parisDay(iso: string, now: Date = new Date()): string {
  const at = new Date(iso);
  const day = dayFormat.format(at).replace(/ 1 /, ' 1er ');
  return yearFormat.format(at) === yearFormat.format(now) ? day : `${day} ${yearFormat.format(at)}`;
}

/** « 9 h 30 », « 14 h », with no-break spaces: a time never splits over two lines. */
export function parisClock(iso: string): string {
  const parts = clockFormat.formatToParts(new Date(iso));
  const hour = Number(parts.find((part) => part.type === 'hour')?.value ?? '0');
  const minute = parts.find((part) => part.type === 'minute')?.value ?? '00';
  return minute === '00' ? `${hour}\u00a0h` : `${hour}\u00a0h\u00a0${minute}`;
}

/** « mardi 12 janvier, de 9 h 30 à 12 h », or « du … à … au … à … » over several days. */
export function eventWhen(startsAt: string, endsAt: string, now: Date = new Date()): string {
  const startDay = parisDay(startsAt, now);
  const endDay = parisDay(endsAt, now);
  if (startDay === endDay) return `${startDay}, de ${parisClock(startsAt)} à ${parisClock(endsAt)}`;
  return `du ${startDay} à ${parisClock(startsAt)} au ${endDay} à ${parisClock(endsAt)}`;
}

/** « 12 rue Nationale, 59000 Lille », or « En ligne ». */
export function eventWhere(place: EventPlace): string {
  if (place.online) return 'En ligne';
  const commune = [place.commune.postalCode, place.commune.name].filter(Boolean).join(' ');
  return place.address ? `${place.address}, ${commune}` : commune;
}

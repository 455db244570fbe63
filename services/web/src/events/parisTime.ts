/**
 * Events happen in France: their times are written and read in Paris time, whatever the time zone
 * of the browser (an adviser on a laptop set to UTC still organises a 9 o’clock job dating).
 */
const zone = 'Europe/Paris';

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: zone,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function wallClock(instant: Date): { year: number; month: number; day: number; hour: number; minute: number } {
  const value = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.formatToParts(instant).find((part) => part.type === type)?.value ?? '0');
  return {
    year: value('year'),
    month: value('month'),
    day: value('day'),
    hour: value('hour'),
    minute: value('minute'),
  };
}

/** Minutes Paris is ahead of UTC at that instant (60 in winter, 120 in summer). */
function parisOffsetMinutes(instant: Date): number {
  const wall = wallClock(instant);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
  return Math.round((asUtc - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000);
}

const pad = (value: number) => String(value).padStart(2, '0');

/** An instant as a datetime-local input shows it, Paris time: « 2026-03-10T09:30 ». */
export function toParisInput(iso: string): string {
  const wall = wallClock(new Date(iso));
  return `${wall.year}-${pad(wall.month)}-${pad(wall.day)}T${pad(wall.hour)}:${pad(wall.minute)}`;
}

/**
 * What a datetime-local input holds, read as Paris time, as an ISO instant; null for what is not
 * a date and time. A time the clocks skip in spring is read with the winter offset (one hour later).
 */
export function fromParisInput(text: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(text.trim());
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  if (Number.isNaN(asUtc)) return null;
  // The offset at the guessed instant, then at the corrected one: right on both sides of a change.
  const first = asUtc - parisOffsetMinutes(new Date(asUtc)) * 60_000;
  const second = asUtc - parisOffsetMinutes(new Date(first)) * 60_000;
  return new Date(second).toISOString();
}

const dateTime = new Intl.DateTimeFormat('fr-FR', {
  timeZone: zone,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
const shortDateTime = new Intl.DateTimeFormat('fr-FR', {
  timeZone: zone,
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
const time = new Intl.DateTimeFormat('fr-FR', { timeZone: zone, hour: '2-digit', minute: '2-digit' });
const day = new Intl.DateTimeFormat('fr-FR', { timeZone: zone, day: 'numeric', month: 'long', year: 'numeric' });

/** « mardi 10 mars 2026 à 09:30 », Paris time. */
export function formatParisDateTime(iso: string): string {
  return dateTime.format(new Date(iso));
}

/** « 10 mars 2026 à 09:30 », for a table. */
export function formatParisShort(iso: string): string {
  return shortDateTime.format(new Date(iso));
}

/** « 10 mars 2026 », Paris time. */
export function formatParisDay(iso: string): string {
  return day.format(new Date(iso));
}

/** « mardi 10 mars 2026 à 09:30 – 12:00 », or both dates when it ends another day. */
export function formatParisRange(startsAt: string, endsAt: string): string {
  const sameDay = formatParisDay(startsAt) === formatParisDay(endsAt);
  return sameDay
    ? `${formatParisDateTime(startsAt)} – ${time.format(new Date(endsAt))}`
    : `${formatParisDateTime(startsAt)} – ${formatParisDateTime(endsAt)}`;
}

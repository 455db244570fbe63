const dateFormat = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric' });
const dateTimeFormat = new Intl.DateTimeFormat('fr-FR', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
const dayMs = 24 * 3600 * 1000;

export function formatDate(iso: string | null | undefined): string {
  return iso ? dateFormat.format(new Date(iso)) : '—';
}

export function formatDateTime(iso: string | null | undefined): string {
  return iso ? dateTimeFormat.format(new Date(iso)) : '—';
}

/** Whole days from now to that instant, rounded up (an offer ending tonight has 1 day left). */
export function daysLeft(iso: string | null, now = Date.now()): number | null {
  if (!iso) return null;
  return Math.max(0, Math.ceil((new Date(iso).getTime() - now) / dayMs));
}

/** YYYY-MM-DD of a date in the browser's time zone, for date inputs. */
export function isoDay(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * dayMs);
}

export function months(count: number): string {
  if (count === 0) return 'aucune';
  if (count < 12) return `${count} mois`;
  const years = Math.floor(count / 12);
  const rest = count % 12;
  return `${years} an${years > 1 ? 's' : ''}${rest ? ` et ${rest} mois` : ''}`;
}

/** Hours of a working day as the API keeps them (8.5) and as a time input shows them (08:30). */
export function hourToTime(hour: number | null): string {
  if (hour === null) return '';
  const whole = Math.floor(hour);
  const minutes = Math.round((hour - whole) * 60);
  return `${String(whole).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

export function timeToHour(time: string): number | null {
  const match = /^(\d{1,2}):(\d{2})$/.exec(time);
  if (!match) return null;
  return Number(match[1]) + Number(match[2]) / 60;
}

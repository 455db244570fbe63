// French figures for the reporting pages: counts with a narrow no-break space, rates to one decimal.

const integer = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat('fr-FR', {
  style: 'percent',
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});
const monthName = new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const shortMonthName = new Intl.DateTimeFormat('fr-FR', { month: 'short', year: '2-digit', timeZone: 'UTC' });

export function formatCount(value: number): string {
  return integer.format(value);
}

/** « 1 réponse », « 3 réponses », « 0 réponse »: French agreement, 0 and 1 in the singular. */
export function formatCounted(value: number, one: string, many: string): string {
  return `${integer.format(value)} ${value < 2 ? one : many}`;
}

/** A share in [0, 1] as « 42,5 % »; « — » when there is none (nothing to divide by). */
export function formatRate(value: number | null): string {
  return value === null ? '—' : percent.format(value);
}

/** A median in days: « 3 jours », « 1 jour », « — » without one. */
export function formatDays(value: number | null): string {
  if (value === null) return '—';
  return `${integer.format(value)} jour${value >= 2 ? 's' : ''}`;
}

function monthDate(month: string): Date | null {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  return match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1)) : null;
}

/** « 2026-03 » as « mars 2026 »; any other label (a sector) as it is. */
export function formatMonth(label: string): string {
  const date = monthDate(label);
  return date ? monthName.format(date) : label;
}

/** « 2026-03 » as « mars 26 », for the axis of a chart. */
export function formatShortMonth(label: string): string {
  const date = monthDate(label);
  return date ? shortMonthName.format(date) : label;
}

const dayName = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A whole day the API keeps as UTC midnight (a convention's period), the same day everywhere. */
export function formatDay(iso: string): string {
  return dayName.format(new Date(iso));
}

import { DateTime } from 'luxon';

const zone = 'Europe/Paris';
export const quietFromHour = 20;
export const quietUntilHour = 8;

/** SMS are never sent between 20:00 and 08:00, Paris time: the earliest moment one may go. */
export function smsAllowedFrom(now: Date): Date {
  const local = DateTime.fromJSDate(now, { zone });
  if (local.hour >= quietUntilHour && local.hour < quietFromHour) return now;
  const day = local.hour >= quietFromHour ? local.plus({ days: 1 }) : local;
  return day.set({ hour: quietUntilHour, minute: 0, second: 0, millisecond: 0 }).toJSDate();
}

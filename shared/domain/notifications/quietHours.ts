import { DateTime } from 'luxon';

const zone = 'Europe/Paris';

/** When no SMS goes, Paris time: from `fromHour` to `untilHour` the next morning. */
export interface QuietHours {
  fromHour: number;
  untilHour: number;
}

/** The default (SMS_QUIET_HOURS=20-8): never between 20:00 and 08:00. */
export const defaultQuietHours: QuietHours = { fromHour: 20, untilHour: 8 };

/** The earliest moment an SMS may go; `null` quiet hours: at once. */
export function smsAllowedFrom(now: Date, quiet: QuietHours | null = defaultQuietHours): Date {
  if (!quiet) return now;
  const local = DateTime.fromJSDate(now, { zone });
  if (local.hour >= quiet.untilHour && local.hour < quiet.fromHour) return now;
  const day = local.hour >= quiet.fromHour ? local.plus({ days: 1 }) : local;
  return day.set({ hour: quiet.untilHour, minute: 0, second: 0, millisecond: 0 }).toJSDate();
}

/** « 20-8 » as quiet hours, « none » as none. */
export function parseQuietHours(text: string): QuietHours | null {
  if (text === 'none') return null;
  const [fromHour, untilHour] = text.split('-').map(Number) as [number, number];
  return { fromHour, untilHour };
}
